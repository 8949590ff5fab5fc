import { useEffect, useEffectEvent, useRef } from 'react';
import { LoadError } from '../../components/LoadError';
import { useApiData } from '../../hooks/useApiData';
import { useDebounced } from '../../hooks/useDebounced';
import { useStationEvents } from '../../hooks/useStationEvents';
import { dateTime, STATUS_LABEL } from '../orders/order-labels';
import { changesPicklist, REFETCH_DELAY_MS } from './useLivePicklist';
import * as picking from '../../../src-main/contract/picking';

/** The orders behind one SKU, top to bottom in the order picks fill them. */
export function SkuOrdersPanel({ sku, onClose }: { sku: string; onClose: () => void }) {
  const orders = useApiData(picking.ordersForSku, { params: { sku } });
  const refresh = useDebounced(orders.reload, REFETCH_DELAY_MS);
  const closeButton = useRef<HTMLButtonElement>(null);
  useStationEvents((event) => {
    if (changesPicklist(event)) refresh();
  });

  const close = useEffectEvent(onClose);
  useEffect(() => {
    closeButton.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <aside className="side-panel" aria-labelledby="sku-orders-title">
      <header className="side-panel-head">
        <div>
          <h2 id="sku-orders-title">{orders.data?.title ?? sku}</h2>
          <p className="mono muted">{sku}</p>
        </div>
        <button ref={closeButton} className="btn" type="button" onClick={onClose}>
          Close
        </button>
      </header>
      {orders.error && <LoadError message={orders.error} onRetry={orders.reload} />}
      {!orders.data && !orders.error && <p className="muted">Loading…</p>}
      {orders.data && (
        <>
          <p className="muted">
            Picks fill these orders from the top, oldest first; shortages take from the bottom.
          </p>
          {orders.data.orders.length === 0 ? (
            <p>No open orders need this SKU any more.</p>
          ) : (
            <ol className="fifo-list">
              {orders.data.orders.map((o) => (
                <li key={o.order_id} className="fifo-item">
                  <div className="fifo-order">
                    <strong className="mono">{o.number}</strong>
                    <span
                      className={o.status === 'ready_to_pack' ? 'badge badge-ok' : 'badge'}
                      data-status={o.status}
                    >
                      {STATUS_LABEL[o.status]}
                    </span>
                  </div>
                  <div className="muted">
                    {o.customer_name ?? 'No name'} ·{' '}
                    <time dateTime={o.created_at}>{dateTime(o.created_at)}</time>
                  </div>
                  <div className="fifo-qty">
                    <span>{o.qty_ordered} ordered</span>
                    <span>{o.qty_picked} picked</span>
                    {o.qty_short > 0 && <span className="text-short">{o.qty_short} short</span>}
                    <strong>{o.qty_remaining} left</strong>
                  </div>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </aside>
  );
}
