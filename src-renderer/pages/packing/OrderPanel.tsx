import type { Ref } from 'react';
import type { OrderDetail, OrderItem, OrderSummary, Shipment } from '../../api/types';
import { Alert } from '../../components/Alert';
import { CHANNEL_LABEL, STATUS_LABEL } from '../orders/order-labels';
import type { Banner, DeskBusy } from './desk';
import { Kbd } from './Kbd';
import { OrderLines } from './OrderLines';
import { addressLines, isComplete, progressOf, progressText } from './packing-logic';
import { ShipForm, type ShipDraft } from './ShipForm';
import { ShipmentCard } from './ShipmentCard';
import { SLIP_SIZES, type SlipSize } from './slip';
import type { PackingKey } from './usePackingKeys';

interface OrderPanelProps {
  order: OrderDetail | null;
  banner: Banner | null;
  flash: { itemId: number; n: number } | null;
  busy: DeskBusy | null;
  confirmSkip: boolean;
  size: SlipSize;
  draft: ShipDraft;
  shipBusy: boolean;
  shipError: string | null;
  shipFieldError: (field: string) => string | null;
  trackingRef: Ref<HTMLInputElement>;
  nextUp: OrderSummary | null;
  onSize: (size: SlipSize) => void;
  onDraft: (draft: ShipDraft) => void;
  onKey: (key: PackingKey) => void;
  onShip: () => void;
  onConfirmSkip: () => void;
  onCancelSkip: () => void;
  onReset: () => void;
  onOpen: (id: number) => void;
  onDismissBanner: () => void;
  /** Units of a line counted by hand; resolves true once recorded. */
  onCount: (item: OrderItem, qty: number) => Promise<boolean>;
  onShipmentChanged: (change: { kind: 'edited' | 'voided'; shipment: Shipment }) => void;
}

function BannerView({
  banner,
  onOpen,
  onDismiss,
}: {
  banner: Banner;
  onOpen: (id: number) => void;
  onDismiss: () => void;
}) {
  if (banner.tone === 'error') {
    return (
      <div className="scan-error" role="alert">
        <p className="scan-error-text">{banner.text}</p>
        <button className="btn" type="button" onClick={onDismiss} aria-keyshortcuts="Escape">
          Dismiss <Kbd>Esc</Kbd>
        </button>
      </div>
    );
  }
  return (
    <div className={`pack-notice pack-notice-${banner.tone}`}>
      <Alert tone={banner.tone}>{banner.text}</Alert>
      {banner.next && (
        <button
          className="btn btn-primary"
          type="button"
          aria-keyshortcuts="N"
          onClick={() => onOpen(banner.next!.id)}
        >
          Next: order {banner.next.number} <Kbd>N</Kbd>
        </button>
      )}
    </div>
  );
}

export function OrderPanel(props: OrderPanelProps) {
  const { order, banner, busy, onKey } = props;

  if (!order) {
    return (
      <section className="pack-order pack-order-none" aria-label="Open order">
        {banner && (
          <BannerView banner={banner} onOpen={props.onOpen} onDismiss={props.onDismissBanner} />
        )}
        {props.nextUp ? (
          <div className="pack-idle">
            <p className="pack-idle-big">Scan a packing slip</p>
            <p className="muted">
              Or open the oldest order waiting, {props.nextUp.number}
              {props.nextUp.customer_name ? ` for ${props.nextUp.customer_name}` : ''}.
            </p>
            {!banner?.next && (
              <button
                className="btn btn-primary"
                type="button"
                aria-keyshortcuts="N"
                onClick={() => props.onOpen(props.nextUp!.id)}
              >
                Open {props.nextUp.number} <Kbd>N</Kbd>
              </button>
            )}
          </div>
        ) : (
          <div className="empty-state pack-idle">
            <h2>Nothing ready to pack</h2>
            <p>
              Orders arrive here by themselves once the pickers have picked or marked short every
              line. You can still scan a slip to look up any order.
            </p>
          </div>
        )}
      </section>
    );
  }

  const { verified, toPack } = progressOf(order);
  const fullyShort = order.fully_short;
  const complete = isComplete(order);
  const packing = order.status === 'ready_to_pack';
  const address = addressLines(order.shipping_address, order.customer_name);

  return (
    <section className="pack-order" aria-label={`Order ${order.number}`}>
      {banner && (
        <BannerView banner={banner} onOpen={props.onOpen} onDismiss={props.onDismissBanner} />
      )}
      <div className="pack-order-head">
        <div>
          <p className="pack-order-label">Order</p>
          <h2 className="pack-order-number mono">{order.number}</h2>
          <p className="pack-order-tags">
            <span className="badge">{CHANNEL_LABEL[order.channel]}</span>
            <span
              className={
                order.status === 'packed' || order.status === 'shipped' ? 'badge badge-ok' : 'badge'
              }
            >
              {STATUS_LABEL[order.status]}
            </span>
            {order.pack_verified === false && (
              <span className="badge badge-off">Packed without scanning</span>
            )}
          </p>
        </div>
        <address className="pack-ship-to">
          <span className="pack-order-label">Ship to</span>
          {address.length ? (
            address.map((line, i) => (
              <span key={i} className={i === 0 ? 'ship-to-name' : undefined}>
                {line}
              </span>
            ))
          ) : (
            <span className="muted">No address on the order</span>
          )}
        </address>
      </div>

      <p
        className={
          packing && fullyShort
            ? 'pack-progress pack-progress-short'
            : packing && complete
              ? 'pack-progress is-complete'
              : 'pack-progress'
        }
        aria-live="polite"
        data-testid="pack-progress"
      >
        {progressText(order)}
      </p>

      <div className="pack-actions" role="toolbar" aria-label="Order actions">
        <button
          className="btn"
          type="button"
          disabled={busy === 'print' || fullyShort}
          aria-keyshortcuts="P"
          onClick={() => onKey('print')}
        >
          Print slip <Kbd>P</Kbd>
        </button>
        <span className="pdf-group">
          <button
            className="btn"
            type="button"
            disabled={fullyShort}
            aria-keyshortcuts="Shift+P"
            onClick={() => onKey('pdf')}
          >
            PDF slip <Kbd>⇧P</Kbd>
          </button>
          <select
            className="select slip-size"
            aria-label="PDF slip size"
            value={props.size}
            onChange={(e) => props.onSize(e.target.value as SlipSize)}
          >
            {SLIP_SIZES.map((s) => (
              <option key={s} value={s}>
                {s === '4x6' ? '4×6 label' : s === 'a4' ? 'A4' : 'Letter'}
              </option>
            ))}
          </select>
        </span>
        {packing && (
          <>
            <button
              className="btn btn-primary"
              type="button"
              disabled={!complete || busy === 'pack'}
              aria-keyshortcuts="Control+Enter K"
              onClick={() => onKey('pack')}
            >
              {fullyShort ? 'Close out (nothing to pack)' : 'Mark packed'} <Kbd>Ctrl+Enter</Kbd>
              <Kbd>K</Kbd>
            </button>
            {!complete && (
              <button
                className="btn"
                type="button"
                aria-keyshortcuts="Shift+K"
                onClick={() => onKey('packUnscanned')}
              >
                Pack without scanning <Kbd>⇧K</Kbd>
              </button>
            )}
            {verified > 0 && (
              <button
                className="btn"
                type="button"
                disabled={busy === 'reset'}
                onClick={props.onReset}
              >
                Start scanning over
              </button>
            )}
          </>
        )}
        {order.status === 'packed' && !fullyShort && (
          <button
            className="btn btn-primary"
            type="button"
            aria-keyshortcuts="S"
            onClick={() => onKey('ship')}
          >
            Ship <Kbd>S</Kbd>
          </button>
        )}
        <button
          className="btn pack-close"
          type="button"
          aria-keyshortcuts="Escape"
          onClick={() => onKey('escape')}
        >
          Close <Kbd>Esc</Kbd>
        </button>
      </div>

      {order.status === 'packed' && !fullyShort && (
        <section className="pack-ship" aria-labelledby="ship-title">
          <h3 id="ship-title">Ship</h3>
          {props.shipError && <Alert tone="error">{props.shipError}</Alert>}
          <ShipForm
            draft={props.draft}
            onChange={props.onDraft}
            onSubmit={props.onShip}
            busy={props.shipBusy}
            fieldError={props.shipFieldError}
            trackingRef={props.trackingRef}
          />
        </section>
      )}
      {order.status === 'packed' && fullyShort && (
        <Alert tone="info">Every item was short, so there is nothing to ship.</Alert>
      )}
      {order.shipments.length > 0 && (
        <section className="pack-shipments" aria-label="Shipments">
          {order.shipments.map((s) => (
            <ShipmentCard
              key={s.id}
              orderNumber={order.number}
              shipment={s}
              onChanged={props.onShipmentChanged}
            />
          ))}
        </section>
      )}
      <OrderLines
        items={order.items}
        flash={props.flash}
        scanning={packing}
        onCount={packing ? props.onCount : undefined}
      />

      {props.confirmSkip && (
        <div className="pack-confirm-backdrop">
          <div
            className="pack-confirm"
            role="alertdialog"
            aria-modal="true"
            aria-labelledby="skip-title"
            aria-describedby="skip-text"
          >
            <h2 id="skip-title">Pack without scanning?</h2>
            <p id="skip-text">
              {toPack - verified} of {toPack} units of order {order.number} are not scanned. The
              order will be recorded as packed without scanning, with your name and the unscanned
              items.
            </p>
            <div className="actions">
              <button
                className="btn btn-danger"
                type="button"
                autoFocus
                onClick={props.onConfirmSkip}
              >
                Pack without scanning <Kbd>Enter</Kbd>
              </button>
              <button className="btn" type="button" onClick={props.onCancelSkip}>
                Cancel <Kbd>Esc</Kbd>
              </button>
            </div>
          </div>
        </div>
      )}
    </section>
  );
}
