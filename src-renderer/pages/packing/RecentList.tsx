import type { OrderSummary } from '../../api/types';

const time = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString([], { dateStyle: 'short', timeStyle: 'short' }) : '—';

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
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th>Order</th>
                <th>Customer</th>
                <th>Status</th>
                <th>Packed</th>
                <th>Shipped</th>
              </tr>
            </thead>
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
                      {o.status === 'shipped' ? 'Shipped' : 'Packed'}
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
          </table>
        </div>
      )}
    </section>
  );
}
