import { NumCell } from '../../components/DataTable';
import { OpenButton, PagedTable } from '../../components/PagedTable';
import type { InventoryItem } from '../../../src-main/contract/inventory';

const COLUMNS = [
  'SKU',
  'Bin',
  { label: 'On hand', num: true },
  { label: 'Committed', num: true },
  { label: 'Available', num: true },
  { label: 'Incoming', num: true },
  { label: 'Reorder at', num: true },
  'Needs',
];

interface InventoryTableProps {
  page: { items: InventoryItem[]; total: number; page: number; page_size: number };
  openSku: string | null;
  /** What an empty list means here: no products, or no match. */
  empty: string;
  onOpen: (sku: string) => void;
  onPage: (page: number) => void;
}

/** One page of stock figures; a SKU that needs reordering or counting says so in words. */
export function InventoryTable({ page, openSku, empty, onOpen, onPage }: InventoryTableProps) {
  const { items } = page;
  return (
    <PagedTable
      at={page}
      shown={page.items.length}
      columns={COLUMNS}
      className="stacked inventory-table"
      name="inventory"
      noun={['SKU', 'SKUs']}
      empty={empty}
      onPage={onPage}
    >
      <tbody>
        {items.map((item) => (
          <tr
            key={item.sku}
            className={item.sku === openSku ? 'selected' : undefined}
            data-testid={`stock-row-${item.sku}`}
          >
            <td data-label="SKU">
              <OpenButton open={item.sku === openSku} onOpen={() => onOpen(item.sku)}>
                {item.sku}
              </OpenButton>
              <span className="cell-note">{item.title}</span>
            </td>
            <td data-label="Bin" className="mono">
              {item.bin_location ?? '—'}
            </td>
            <NumCell label="On hand">{item.on_hand}</NumCell>
            <NumCell label="Committed">{item.committed}</NumCell>
            <NumCell label="Available" className={item.available < 0 ? 'text-danger' : undefined}>
              {item.available}
            </NumCell>
            <NumCell label="Incoming">{item.incoming}</NumCell>
            <NumCell label="Reorder at">{item.reorder_point}</NumCell>
            <td data-label="Needs">
              {item.needs_reorder && <span className="badge badge-warn">Reorder</span>}{' '}
              {item.needs_count && <span className="badge badge-warn">Count</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </PagedTable>
  );
}
