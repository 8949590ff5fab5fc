import type { OrderSummary } from '../../api/types';
import { DataTable } from '../../components/DataTable';
import { STATUS_LABEL } from '../orders/order-labels';

const time = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString([], { dateStyle: 'short', timeStyle: 'short' }) : '—';

const COLUMNS = ['Order', 'Customer', 'Status', 'Packed', 'Shipped'];

/** The last orders that left the desk, to check what was done or reopen one. */
export function RecentList({
  orders,
  onOpen,
}: {
  orders: OrderSummary[];
  onOpen: (id: number) => void;
}) {
  return (
    <section className="card pack-recent" aria-labelledby="recent-title">
      <h2 id="recent-title">
        {orders.length > 1 ? `Last ${orders.length} packed or shipped` : 'Packed or shipped'}
      </h2>
      {orders.length === 0 ? (
        <p className="muted">Nothing packed yet today.</p>
      ) : (
        <DataTable columns={COLUMNS}>
          <tbody>
            {orders.map((o) => (
              <tr key={o.id}>
                <td data-label="Order">
                  <button type="button" className="link-button mono" onClick={() => onOpen(o.id)}>
                    {o.number}
                  </button>
                </td>
                <td data-label="Customer">{o.customer_name ?? '—'}</td>
                <td data-label="Status">
                  <span className={o.status === 'shipped' ? 'badge badge-ok' : 'badge'}>
                    {STATUS_LABEL[o.status]}
                  </span>
                  {o.pack_verified === false && (
                    <span className="badge badge-off">Not scanned</span>
                  )}
                </td>
                <td data-label="Packed">
                  {time(o.packed_at)}
                  {o.packed_by ? ` · ${o.packed_by}` : ''}
                </td>
                <td data-label="Shipped">{time(o.shipped_at)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </section>
  );
}
