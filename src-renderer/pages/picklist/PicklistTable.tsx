import type { PicklistCategory } from '../../api/types';
import { DataTable, NumCell } from '../../components/DataTable';
import { unitsLeft } from './picklist-search';
import { SkuProgress } from './SkuProgress';

const COLUMNS = [
  'SKU',
  'Title',
  'Bin',
  { label: 'Ordered', num: true },
  { label: 'Picked', num: true },
  { label: 'Short', num: true },
  { label: 'Left', num: true },
  { label: 'Orders', num: true },
  'Progress',
];

interface PicklistTableProps {
  categories: readonly PicklistCategory[];
  selected: string | null;
  onOpen: (sku: string) => void;
}

export function PicklistTable({ categories, selected, onOpen }: PicklistTableProps) {
  return (
    <DataTable className="stacked picklist-table" columns={COLUMNS}>
      {categories.map((category) => (
        <tbody key={category.name}>
          <tr className="category-row">
            <th colSpan={COLUMNS.length} scope="colgroup">
              {category.name}
              <span className="category-count">
                {category.skus.length} SKUs · {unitsLeft(category.skus)} units left
              </span>
            </th>
          </tr>
          {category.skus.map((s) => (
            <tr
              key={s.sku}
              className={s.sku === selected ? 'sku-row is-selected' : 'sku-row'}
              onClick={() => onOpen(s.sku)}
            >
              <td data-label="SKU">
                {/* Makes the row reachable by keyboard; its click reaches the row's handler. */}
                <button
                  className="link-button mono"
                  type="button"
                  aria-expanded={s.sku === selected}
                >
                  {s.sku}
                </button>
              </td>
              <td data-label="Title">{s.title}</td>
              <td data-label="Bin" className="mono">
                {s.bin_location ?? '—'}
              </td>
              <NumCell label="Ordered">{s.qty_ordered}</NumCell>
              <NumCell label="Picked">{s.qty_picked}</NumCell>
              <NumCell label="Short" className={s.qty_short > 0 ? 'text-short' : undefined}>
                {s.qty_short}
              </NumCell>
              <NumCell label="Left" className="strong">
                {s.qty_remaining}
              </NumCell>
              <NumCell label="Orders">{s.order_count}</NumCell>
              <td data-label="Progress" className="progress-cell">
                <SkuProgress sku={s} />
              </td>
            </tr>
          ))}
        </tbody>
      ))}
    </DataTable>
  );
}
