import { useState } from 'react';
import { FilterSelect } from '../../components/FilterSelect';
import { LoadError } from '../../components/LoadError';
import { SearchField } from '../../components/SearchField';
import { useApiData } from '../../hooks/useApiData';
import { useUrlView } from '../../hooks/useUrlView';
import * as products from '../../../src-main/contract/products';
import { CategoryField } from './CategoryField';
import { ImportCard } from './ImportCard';
import { NewProductCard } from './NewProductCard';
import { ProductCard } from './ProductCard';
import { ProductsTable } from './ProductsTable';

const PAGE_SIZE = 50;

const ACTIVE_LABEL = { true: 'Active only', false: 'Inactive only' } as const;

type Panel = 'new' | 'import';

interface View {
  q: string;
  category: string;
  active: keyof typeof ACTIVE_LABEL | '';
  page: number;
  /** The product open below the list. */
  sku: string | null;
  /** Or the new-product form or the import, instead of a product. */
  panel: Panel | null;
}

const viewFrom = (params: URLSearchParams): View => {
  const active = params.get('active');
  const panel = params.get('panel');
  return {
    q: params.get('q') ?? '',
    category: params.get('category') ?? '',
    active: active === 'true' || active === 'false' ? active : '',
    page: Math.max(1, Number(params.get('page')) || 1),
    sku: params.get('sku') || null,
    panel: panel === 'new' || panel === 'import' ? panel : null,
  };
};

function paramsOf(view: View): URLSearchParams {
  const params = new URLSearchParams();
  if (view.q) params.set('q', view.q);
  if (view.category) params.set('category', view.category);
  if (view.active) params.set('active', view.active);
  if (view.page > 1) params.set('page', String(view.page));
  if (view.sku) params.set('sku', view.sku);
  if (view.panel) params.set('panel', view.panel);
  return params;
}

/** The catalogue: search and filters, one product open to edit, a new one, or a CSV import. */
export function ProductsPage() {
  const { view, change } = useUrlView(viewFrom, paramsOf);
  const { q, category, active, page } = view;
  const query = {
    q: q || undefined,
    category: category || undefined,
    active: active || undefined,
    page,
    page_size: PAGE_SIZE,
  };
  const list = useApiData(products.list, { query });
  // Categories met on any page so far: the station has no list of them to suggest from.
  const [seen, setSeen] = useState<{ from: unknown; categories: string[] }>({
    from: null,
    categories: [],
  });
  if (list.data && list.data !== seen.from) {
    const found = list.data.products.flatMap((p) => (p.category ? [p.category] : []));
    setSeen({ from: list.data, categories: [...new Set([...seen.categories, ...found])].sort() });
  }
  const open = (next: Pick<View, 'sku' | 'panel'>) => change(next);
  const filtered = q || category || active;

  return (
    <div className="stack">
      <header className="page-header">
        <div>
          <h1>Products</h1>
          <p>The catalogue: what each SKU is, where it sits, what it costs and when to reorder.</p>
        </div>
        <div className="actions">
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => open({ sku: null, panel: 'new' })}
          >
            New product
          </button>
          <button
            type="button"
            className="btn"
            onClick={() => open({ sku: null, panel: 'import' })}
          >
            Import CSV
          </button>
        </div>
      </header>
      {view.panel === 'new' && (
        <NewProductCard
          onCreated={(sku) => {
            list.reload();
            open({ sku, panel: null });
          }}
          onClose={() => open({ sku: null, panel: null })}
        />
      )}
      {view.panel === 'import' && (
        <ImportCard onImported={list.reload} onClose={() => open({ sku: null, panel: null })} />
      )}
      <section className="card" aria-label="Product list">
        <form
          className="orders-filters products-filters"
          role="search"
          onSubmit={(e) => e.preventDefault()}
        >
          <div className="orders-search">
            <SearchField
              placeholder="SKU, title, barcode or ASIN"
              initial={q}
              onSearch={(text) => change({ q: text, page: 1 })}
            />
          </div>
          <CategoryField
            initial={category}
            seen={seen.categories}
            onChange={(c) => change({ category: c, page: 1 })}
          />
          <FilterSelect
            label="Status"
            name="active"
            any="Active and inactive"
            labels={ACTIVE_LABEL}
            value={active}
            onChange={(value) => change({ active: value, page: 1 })}
          />
        </form>
        {list.error && <LoadError message={list.error} onRetry={list.reload} />}
        {list.data === null && !list.error && <p className="muted">Loading products…</p>}
        {list.data && (
          <ProductsTable
            page={list.data}
            openSku={view.sku}
            empty={
              filtered
                ? 'No product matches these filters.'
                : 'No products yet. Create one, import a CSV, or run the storefront import.'
            }
            onOpen={(sku) => open({ sku, panel: null })}
            onPage={(n) => change({ page: n })}
          />
        )}
      </section>
      {view.sku && (
        <ProductCard
          key={view.sku}
          sku={view.sku}
          onSaved={list.reload}
          onClose={() => open({ sku: null, panel: null })}
        />
      )}
    </div>
  );
}
