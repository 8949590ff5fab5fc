import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Channel, OrderPage, OrderStatus } from '../../api/types';
import { Field } from '../../components/Field';
import { LoadError } from '../../components/LoadError';
import { useApiData } from '../../hooks/useApiData';
import { useDebounced } from '../../hooks/useDebounced';
import { CHANNEL_LABEL, CHANNELS, STATUS_LABEL, STATUSES } from './order-labels';
import { OrderDetailCard } from './OrderDetailCard';
import { OrdersTable } from './OrdersTable';

const PAGE_SIZE = 25;
const SEARCH_DELAY_MS = 300;

/**
 * Every order, searchable and filtered, with one open below. What is searched, filtered, paged
 * and opened lives in the address, so Back, reload and a link from Home all land on the same view.
 */
export function OrdersPage() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const status = (params.get('status') ?? '') as OrderStatus | '';
  const channel = (params.get('channel') ?? '') as Channel | '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const openId = Number(params.get('order')) || null;
  const [typed, setTyped] = useState(q);

  const query = new URLSearchParams({ page: String(page), page_size: String(PAGE_SIZE) });
  if (q) query.set('q', q);
  if (status) query.set('status', status);
  if (channel) query.set('channel', channel);
  const list = useApiData<OrderPage>(`/orders?${query}`);

  /** A new search or filter starts at page 1 and closes the open order only if asked. */
  const change = (next: Record<string, string | null>) =>
    setParams((current) => {
      const merged = new URLSearchParams(current);
      for (const [key, value] of Object.entries(next)) {
        if (value) merged.set(key, value);
        else merged.delete(key);
      }
      return merged;
    });
  const search = useDebounced(
    () => change({ q: typed.trim() || null, page: null }),
    SEARCH_DELAY_MS,
  );

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
          <Field label="Status">
            {(control) => (
              <select
                {...control}
                className="select"
                name="status"
                value={status}
                onChange={(e) => change({ status: e.target.value, page: null })}
              >
                <option value="">Any status</option>
                {STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {STATUS_LABEL[s]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Channel">
            {(control) => (
              <select
                {...control}
                className="select"
                name="channel"
                value={channel}
                onChange={(e) => change({ channel: e.target.value, page: null })}
              >
                <option value="">Any channel</option>
                {CHANNELS.map((c) => (
                  <option key={c} value={c}>
                    {CHANNEL_LABEL[c]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </form>
        {list.error && <LoadError message={list.error} onRetry={list.reload} />}
        {list.data === null && !list.error && <p className="muted">Loading orders…</p>}
        {list.data && (
          <OrdersTable
            page={list.data}
            openId={openId}
            filtered={Boolean(q || status || channel)}
            onOpen={(id) => change({ order: String(id) })}
            onPage={(n) => change({ page: n === 1 ? null : String(n) })}
          />
        )}
      </section>
      {openId !== null && (
        <OrderDetailCard key={openId} id={openId} onClose={() => change({ order: null })} />
      )}
    </div>
  );
}
