import type { PicklistCategory } from '../../api/types';
import { unitsLeft } from './picklist-search';
import { SkuProgress } from './SkuProgress';

const COLUMNS = 9;

interface PicklistTableProps {
  categories: readonly PicklistCategory[];
  selected: string | null;
  onOpen: (sku: string) => void;
}

export function PicklistTable({ categories, selected, onOpen }: PicklistTableProps) {
  return (
    <div className="table-wrap">
      <table className="table stacked picklist-table">
        <thead>
          <tr>
            <th scope="col">SKU</th>
            <th scope="col">Title</th>
            <th scope="col">Bin</th>
            <th scope="col" className="num">
              Ordered
            </th>
            <th scope="col" className="num">
              Picked
            </th>
            <th scope="col" className="num">
              Short
            </th>
            <th scope="col" className="num">
              Left
            </th>
            <th scope="col" className="num">
              Orders
            </th>
            <th scope="col">Progress</th>
          </tr>
        </thead>
        {categories.map((category) => (
          <tbody key={category.name}>
            <tr className="category-row">
              <th colSpan={COLUMNS} scope="colgroup">
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
                <td data-label="Ordered" className="num">
                  {s.qty_ordered}
                </td>
                <td data-label="Picked" className="num">
                  {s.qty_picked}
                </td>
                <td data-label="Short" className={s.qty_short > 0 ? 'num text-short' : 'num'}>
                  {s.qty_short}
                </td>
                <td data-label="Left" className="num strong">
                  {s.qty_remaining}
                </td>
                <td data-label="Orders" className="num">
                  {s.order_count}
                </td>
                <td data-label="Progress" className="progress-cell">
                  <SkuProgress sku={s} />
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
