import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Channel, OrderStatus } from '../../api/types';
import { Field } from '../../components/Field';
import { LoadError } from '../../components/LoadError';
import { useApiData } from '../../hooks/useApiData';
import * as orders from '../../../src-main/contract/orders';
import { useDebounced } from '../../hooks/useDebounced';
import { useLatest } from '../../hooks/useLatest';
import { FilterSelect } from './FilterSelect';
import { CHANNEL_LABEL, STATUS_LABEL } from './order-labels';
import { OrderDetailCard } from './OrderDetailCard';
import { OrdersTable } from './OrdersTable';

const PAGE_SIZE = 25;
const SEARCH_DELAY_MS = 300;

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

/**
 * Every order, searchable and filtered, with one open below. The page keeps what is searched,
 * filtered, paged and opened in its own state (a filter chosen while a search is still being
 * typed must not be undone by it) and mirrors it into the address, so a reload or a link from
 * Home lands on the same view.
 */
export function OrdersPage() {
  const [params, setParams] = useSearchParams();
  const [view, setView] = useState(() => viewFrom(params));
  const [typed, setTyped] = useState(view.q);
  const mirror = useLatest((next: URLSearchParams) => {
    if (next.toString() !== params.toString()) setParams(next, { replace: true });
  });
  useEffect(() => {
    mirror(paramsOf(view));
  }, [view, mirror]);

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

  const change = (next: Partial<View>) => setView((current) => ({ ...current, ...next }));
  const search = useDebounced(() => change({ q: typed.trim(), page: 1 }), SEARCH_DELAY_MS);

  return (
    <div className="stack">
      <header className="page-header">
        <h1>Orders</h1>
        <p>Every order with its lines and history. Search by order number, customer or SKU.</p>
      </header>
      <section className="card" aria-label="Order list">
        <form className="orders-filters" role="search" onSubmit={(e) => e.preventDefault()}>
          <div className="orders-search">
            <Field label="Search">
              {(control) => (
                <input
                  {...control}
                  className="input"
                  type="search"
                  name="q"
                  placeholder="Order number, customer or SKU"
                  value={typed}
                  onChange={(e) => {
                    setTyped(e.target.value);
                    search();
                  }}
                />
              )}
            </Field>
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
