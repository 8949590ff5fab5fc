import type { OrderDetail } from '../../api/types';
import { historyText } from './history-text';
import { dateTime } from './order-labels';

/** Everything that happened to the order, newest first, each with who did it. */
export function OrderHistory({ events }: { events: OrderDetail['events'] }) {
  if (events.length === 0) return <p className="muted">Nothing recorded yet.</p>;
  return (
    <ol className="order-history" data-testid="order-history">
      {events.map((e, i) => (
        <li key={i} data-type={e.type}>
          <time dateTime={e.at}>{dateTime(e.at)}</time>
          <span>
            {historyText(e)}
            {e.by && <span className="cell-note">by {e.by}</span>}
          </span>
        </li>
      ))}
    </ol>
  );
}
