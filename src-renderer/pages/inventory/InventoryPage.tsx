import { api } from '../../api/client';
import { saveBlob } from '../../api/download';
import { Alert } from '../../components/Alert';
import { FilterSelect } from '../../components/FilterSelect';
import { LoadError } from '../../components/LoadError';
import { SearchField } from '../../components/SearchField';
import { useAction } from '../../hooks/useAction';
import { useApiData } from '../../hooks/useApiData';
import { useStationEvents } from '../../hooks/useStationEvents';
import { useUrlView } from '../../hooks/useUrlView';
import * as inventory from '../../../src-main/contract/inventory';
import { INVENTORY_SORTS, type InventorySort } from '../../../src-main/contract/inventory';
import { InventoryTable } from './InventoryTable';
import { StockCard } from './StockCard';

const PAGE_SIZE = 50;

const SHOW_LABEL = { low: 'At or below reorder point' } as const;

const SORT_LABEL: Record<InventorySort, string> = {
  sku: 'SKU A–Z',
  '-sku': 'SKU Z–A',
  title: 'Title A–Z',
  '-title': 'Title Z–A',
  bin_location: 'Bin A–Z',
  '-bin_location': 'Bin Z–A',
  on_hand: 'On hand, fewest first',
  '-on_hand': 'On hand, most first',
  available: 'Available, fewest first',
  '-available': 'Available, most first',
};

interface View {
  q: string;
  show: keyof typeof SHOW_LABEL | '';
  sort: InventorySort;
  page: number;
  /** The SKU open below the list. */
  sku: string | null;
}

const isSort = (value: string | null): value is InventorySort =>
  (INVENTORY_SORTS as readonly (string | null)[]).includes(value);

const viewFrom = (params: URLSearchParams): View => {
  const sort = params.get('sort');
  return {
    q: params.get('q') ?? '',
    show: params.get('show') === 'low' ? 'low' : '',
    sort: isSort(sort) ? sort : 'sku',
    page: Math.max(1, Number(params.get('page')) || 1),
    sku: params.get('sku') || null,
  };
};

function paramsOf(view: View): URLSearchParams {
  const params = new URLSearchParams();
  if (view.q) params.set('q', view.q);
  if (view.show) params.set('show', view.show);
  if (view.sort !== 'sku') params.set('sort', view.sort);
  if (view.page > 1) params.set('page', String(view.page));
  if (view.sku) params.set('sku', view.sku);
  return params;
}

/** Figures that a stock change, a short, a shipment or an import can move. */
const MOVES_STOCK = new Set(['stock', 'short', 'order_shipped', 'order_packed', 'sync_finished']);

/** Stock per SKU from the ledger: search, sort, low stock, and one SKU open to adjust or count. */
export function InventoryPage() {
  const { view, change } = useUrlView(viewFrom, paramsOf);
  const { q, show, sort, page } = view;
  const query = { q: q || undefined, sort, page, page_size: PAGE_SIZE };
  const list = useApiData(show === 'low' ? inventory.lowStock : inventory.list, { query });
  useStationEvents((event) => {
    if (MOVES_STOCK.has(event.type)) list.reload();
  });
  const exporting = useAction();
  const exportLedger = () =>
    exporting.run(async () =>
      saveBlob(await api.file(inventory.exportLedger, { query: {} }), 'stock-ledger.csv'),
    );

  return (
    <div className="stack">
      <header className="page-header">
        <div>
          <h1>Inventory</h1>
          <p>
            Stock per SKU from the ledger. Available is on hand less what open orders still need.
          </p>
        </div>
        <button
          type="button"
          className="btn"
          disabled={exporting.busy}
          onClick={() => void exportLedger()}
        >
          {exporting.busy ? 'Exporting…' : 'Export ledger (CSV)'}
        </button>
      </header>
      {exporting.formError && <Alert tone="error">{exporting.formError}</Alert>}
      <section className="card" aria-label="Stock list">
        <form className="orders-filters" role="search" onSubmit={(e) => e.preventDefault()}>
          <div className="orders-search">
            <SearchField
              placeholder="SKU, title, barcode or bin"
              initial={q}
              onSearch={(text) => change({ q: text, page: 1 })}
            />
          </div>
          <FilterSelect
            label="Show"
            name="show"
            any="Every SKU"
            labels={SHOW_LABEL}
            value={show}
            onChange={(value) => change({ show: value, page: 1 })}
          />
          <FilterSelect
            label="Sort"
            name="sort"
            labels={SORT_LABEL}
            value={sort}
            onChange={(value) => change({ sort: value || 'sku', page: 1 })}
          />
        </form>
        {list.error && <LoadError message={list.error} onRetry={list.reload} />}
        {list.data === null && !list.error && <p className="muted">Loading stock…</p>}
        {list.data && (
          <InventoryTable
            page={list.data}
            openSku={view.sku}
            empty={
              q
                ? 'No SKU matches this search.'
                : show === 'low'
                  ? 'No SKU is at or below its reorder point.'
                  : 'No products yet. They arrive with the first storefront import.'
            }
            onOpen={(sku) => change({ sku })}
            onPage={(n) => change({ page: n })}
          />
        )}
      </section>
      {view.sku && (
        <StockCard
          key={view.sku}
          sku={view.sku}
          onChanged={list.reload}
          onClose={() => change({ sku: null })}
        />
      )}
    </div>
  );
}
