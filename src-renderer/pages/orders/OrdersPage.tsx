import type { Channel, OrderStatus } from '../../api/types';
import { FilterSelect } from '../../components/FilterSelect';
import { LoadError } from '../../components/LoadError';
import { SearchField } from '../../components/SearchField';
import { useApiData } from '../../hooks/useApiData';
import { useUrlView } from '../../hooks/useUrlView';
import * as orders from '../../../src-main/contract/orders';
import { CHANNEL_LABEL, STATUS_LABEL } from './order-labels';
import { OrderDetailCard } from './OrderDetailCard';
import { OrdersTable } from './OrdersTable';

const PAGE_SIZE = 25;

interface View {
  q: string;
  status: OrderStatus | '';
  channel: Channel | '';
  page: number;
  /** The order open below the list. */
  order: number | null;
}

const viewFrom = (params: URLSearchParams): View => ({
  q: params.get('q') ?? '',
  status: (params.get('status') ?? '') as View['status'],
  channel: (params.get('channel') ?? '') as View['channel'],
  page: Math.max(1, Number(params.get('page')) || 1),
  order: Number(params.get('order')) || null,
});

function paramsOf(view: View): URLSearchParams {
  const params = new URLSearchParams();
  if (view.q) params.set('q', view.q);
  if (view.status) params.set('status', view.status);
  if (view.channel) params.set('channel', view.channel);
  if (view.page > 1) params.set('page', String(view.page));
  if (view.order) params.set('order', String(view.order));
  return params;
}

/** Every order, searchable and filtered, with one open below; the view lives in the address. */
export function OrdersPage() {
  const { view, change } = useUrlView(viewFrom, paramsOf);

  const { q, status, channel, page } = view;
  const openId = view.order;
  const list = useApiData(orders.searchOrders, {
    query: {
      page,
      page_size: PAGE_SIZE,
      q: q || undefined,
      status: status || undefined,
      channel: channel || undefined,
    },
  });

  return (
    <div className="stack">
      <header className="page-header">
        <h1>Orders</h1>
        <p>Every order with its lines and history. Search by order number, customer or SKU.</p>
      </header>
      <section className="card" aria-label="Order list">
        <form className="orders-filters" role="search" onSubmit={(e) => e.preventDefault()}>
          <div className="orders-search">
            <SearchField
              placeholder="Order number, customer or SKU"
              initial={q}
              onSearch={(text) => change({ q: text, page: 1 })}
            />
          </div>
          <FilterSelect
            label="Status"
            name="status"
            any="Any status"
            labels={STATUS_LABEL}
            value={status}
            onChange={(value) => change({ status: value, page: 1 })}
          />
          <FilterSelect
            label="Channel"
            name="channel"
            any="Any channel"
            labels={CHANNEL_LABEL}
            value={channel}
            onChange={(value) => change({ channel: value, page: 1 })}
          />
        </form>
        {list.error && <LoadError message={list.error} onRetry={list.reload} />}
        {list.data === null && !list.error && <p className="muted">Loading orders…</p>}
        {list.data && (
          <OrdersTable
            page={list.data}
            openId={openId}
            filtered={Boolean(q || status || channel)}
            onOpen={(id) => change({ order: id })}
            onPage={(n) => change({ page: n })}
          />
        )}
      </section>
      {openId !== null && (
        <OrderDetailCard key={openId} id={openId} onClose={() => change({ order: null })} />
      )}
    </div>
  );
}
