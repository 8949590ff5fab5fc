import { NumCell } from '../../components/DataTable';
import { OpenButton, PagedTable } from '../../components/PagedTable';
import type { Product } from '../../../src-main/contract/products';

const COLUMNS = [
  'SKU',
  'Category',
  'Bin',
  'Barcode',
  { label: 'Price', num: true },
  { label: 'Reorder at', num: true },
  'Flags',
];

const money = (n: number | null) => (n === null ? '—' : n.toFixed(2));

interface ProductsTableProps {
  page: { products: Product[]; total: number; page: number; page_size: number };
  openSku: string | null;
  /** What an empty list means here: no products, or no match. */
  empty: string;
  onOpen: (sku: string) => void;
  onPage: (page: number) => void;
}

/** One page of the catalogue; an inactive or hazardous product says so in words. */
export function ProductsTable({ page, openSku, empty, onOpen, onPage }: ProductsTableProps) {
  const { products } = page;
  return (
    <PagedTable
      at={page}
      shown={page.products.length}
      columns={COLUMNS}
      className="stacked products-table"
      name="products"
      noun={['product', 'products']}
      empty={empty}
      onPage={onPage}
    >
      <tbody>
        {products.map((p) => (
          <tr
            key={p.sku}
            className={p.sku === openSku ? 'selected' : undefined}
            data-testid={`product-row-${p.sku}`}
          >
            <td data-label="SKU">
              <OpenButton open={p.sku === openSku} onOpen={() => onOpen(p.sku)}>
                {p.sku}
              </OpenButton>
              <span className="cell-note">{p.title}</span>
            </td>
            <td data-label="Category">
              {p.category ?? '—'}
              {p.subcategory && <span className="cell-note">{p.subcategory}</span>}
            </td>
            <td data-label="Bin" className="mono">
              {p.bin_location ?? '—'}
            </td>
            <td data-label="Barcode" className="mono">
              {p.barcode ?? '—'}
            </td>
            <NumCell label="Price">{money(p.price)}</NumCell>
            <NumCell label="Reorder at">{p.reorder_point}</NumCell>
            <td data-label="Flags">
              {!p.is_active && <span className="badge badge-off">Inactive</span>}
              {p.is_hazmat && <span className="badge badge-warn">Hazmat</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </PagedTable>
  );
}
