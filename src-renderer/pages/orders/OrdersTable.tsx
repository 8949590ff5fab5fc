import type { OrderPage } from '../../api/types';
import { OpenButton, PagedTable } from '../../components/PagedTable';
import { CHANNEL_LABEL, dateTime, STATUS_LABEL } from './order-labels';

const COLUMNS = ['Order', 'Customer', 'Channel', 'Status', 'Units', 'Ordered'];

interface OrdersTableProps {
  page: OrderPage;
  openId: number | null;
  /** Whether a search or filter is on: an empty page then means "no match", not "no orders". */
  filtered: boolean;
  onOpen: (id: number) => void;
  onPage: (page: number) => void;
}

/** One page of orders, with the true total of every match and paging through it. */
export function OrdersTable({ page, openId, filtered, onOpen, onPage }: OrdersTableProps) {
  const { orders } = page;
  return (
    <PagedTable
      at={page}
      shown={page.orders.length}
      columns={COLUMNS}
      className="stacked orders-table"
      name="orders"
      noun={['order', 'orders']}
      empty={filtered ? 'No order matches this search and filter.' : 'No orders yet.'}
      onPage={onPage}
    >
      <tbody>
        {orders.map((o) => (
          <tr
            key={o.id}
            className={o.id === openId ? 'selected' : undefined}
            data-testid={`order-row-${o.number}`}
          >
            <td data-label="Order">
              <OpenButton
                open={o.id === openId}
                onOpen={() => onOpen(o.id)}
                className="link-button order-link mono"
              >
                {o.number}
              </OpenButton>
            </td>
            <td data-label="Customer">{o.customer_name ?? '—'}</td>
            <td data-label="Channel">{CHANNEL_LABEL[o.channel]}</td>
            <td data-label="Status">
              <span className="badge">{STATUS_LABEL[o.status]}</span>
            </td>
            <td data-label="Units">
              {o.units_picked} of {o.units_ordered} picked
              {o.units_short > 0 && <span className="cell-note">{o.units_short} short</span>}
            </td>
            <td data-label="Ordered">{dateTime(o.created_at)}</td>
          </tr>
        ))}
      </tbody>
    </PagedTable>
  );
}
