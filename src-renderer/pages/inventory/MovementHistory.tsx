import { DataTable, NumCell } from '../../components/DataTable';
import { Pager } from '../../components/Pager';
import type { Movement } from '../../../src-main/contract/inventory';
import { dateTime } from '../orders/order-labels';
import { movementText, signed } from './stock-labels';

const COLUMNS = [
  'When',
  'What',
  { label: 'Change', num: true },
  { label: 'After', num: true },
  'By',
  'Note',
];

interface HistoryPage {
  movements: Movement[];
  total: number;
  page: number;
  page_size: number;
}

/** The SKU's ledger, newest first: every unit that came, went or was counted, and who did it. */
export function MovementHistory({
  page,
  onPage,
}: {
  page: HistoryPage;
  onPage: (n: number) => void;
}) {
  if (page.total === 0) {
    return <p className="muted">No stock movements yet: nothing received, counted or shipped.</p>;
  }
  return (
    <>
      <DataTable className="stacked stock-history" columns={COLUMNS} testId="stock-history">
        <tbody>
          {page.movements.map((m) => (
            <tr key={m.id}>
              <td data-label="When">{dateTime(m.created_at)}</td>
              <td data-label="What">{movementText(m)}</td>
              <NumCell label="Change">{signed(m.quantity_change)}</NumCell>
              <NumCell label="After">{m.quantity_after}</NumCell>
              <td data-label="By">{m.username ?? 'the station'}</td>
              <td data-label="Note">{m.note}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      <Pager
        page={page.page}
        pageSize={page.page_size}
        shown={page.movements.length}
        total={page.total}
        noun={['movement', 'movements']}
        onPage={onPage}
      />
    </>
  );
}
