import type { OrderSummary } from '../../api/types';

const age = (iso: string) => {
  const hours = Math.floor((Date.now() - Date.parse(iso)) / 3_600_000);
  if (hours < 1) return 'under an hour';
  if (hours < 48) return `${hours} h`;
  return `${Math.floor(hours / 24)} days`;
};

function QueueItem({
  order,
  openId,
  onOpen,
  detail,
}: {
  order: OrderSummary;
  openId: number | null;
  onOpen: (id: number) => void;
  detail: string;
}) {
  const current = order.id === openId;
  return (
    <li>
      <button
        type="button"
        className={current ? 'queue-item is-open' : 'queue-item'}
        aria-current={current ? 'true' : undefined}
        onClick={() => onOpen(order.id)}
      >
        <span className="queue-number mono">{order.number}</span>
        <span className="queue-customer">{order.customer_name ?? '—'}</span>
        <span className="queue-meta">
          {order.fully_short ? (
            <span className="badge badge-off">Nothing to pack</span>
          ) : (
            <span>{detail}</span>
          )}
          <span className="muted">{age(order.created_at)}</span>
        </span>
      </button>
    </li>
  );
}

interface PackQueueProps {
  ready: OrderSummary[] | null;
  toShip: OrderSummary[] | null;
  openId: number | null;
  onOpen: (id: number) => void;
  /** These orders' slips in one PDF: every order to pack that has something in the box. */
  onQueuePdf: (orderIds: number[]) => void;
}

/** The orders waiting at the desk: to pack (oldest first), then packed and waiting to ship. */
export function PackQueue({ ready, toShip, openId, onOpen, onQueuePdf }: PackQueueProps) {
  const units = (o: OrderSummary) => {
    const n = o.units_picked;
    const scanned = o.verified_units > 0 ? ` · ${o.verified_units} scanned` : '';
    return `${n} ${n === 1 ? 'unit' : 'units'}, ${o.lines} ${o.lines === 1 ? 'line' : 'lines'}${scanned}`;
  };
  const withSlips = ready?.filter((o) => !o.fully_short) ?? [];
  return (
    <nav className="pack-queue" aria-label="Packing queue">
      <h2 className="queue-title">
        To pack <span className="queue-count">{ready?.length ?? '…'}</span>
      </h2>
      {ready && ready.length === 0 && (
        <div className="queue-empty">
          <strong>Nothing ready to pack</strong>
          <p className="muted">
            Orders show up here by themselves once every line is picked or marked short.
          </p>
        </div>
      )}
      {ready && ready.length > 0 && (
        <ol className="queue-list" aria-label="Ready to pack">
          {ready.map((o) => (
            <QueueItem key={o.id} order={o} openId={openId} onOpen={onOpen} detail={units(o)} />
          ))}
        </ol>
      )}
      {withSlips.length > 1 && (
        <button
          className="btn queue-slips"
          type="button"
          onClick={() => onQueuePdf(withSlips.map((o) => o.id))}
        >
          All {withSlips.length} slips (PDF)
        </button>
      )}
      {toShip && toShip.length > 0 && (
        <>
          <h2 className="queue-title">
            Packed, to ship <span className="queue-count">{toShip.length}</span>
          </h2>
          <ol className="queue-list" aria-label="Packed, to ship">
            {toShip.map((o) => (
              <QueueItem
                key={o.id}
                order={o}
                openId={openId}
                onOpen={onOpen}
                detail={`Packed${o.packed_by ? ` by ${o.packed_by}` : ''}`}
              />
            ))}
          </ol>
        </>
      )}
    </nav>
  );
}
