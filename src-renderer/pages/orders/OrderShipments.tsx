import type { Shipment } from '../../api/types';
import { dateTime } from './order-labels';

/**
 * The order's shipments. SHIPMENT CARD GOES HERE: editing and voiding a shipment is built as
 * `pages/packing/ShipmentCard.tsx`; once it lands, render one per shipment in place of this list.
 */
export function OrderShipments({ shipments }: { shipments: Shipment[] }) {
  return (
    <>
      <h3>Shipments</h3>
      {shipments.length === 0 ? (
        <p className="muted">Not shipped yet.</p>
      ) : (
        <ul className="order-history" data-testid="order-shipments">
          {shipments.map((s) => (
            <li key={s.id}>
              <time dateTime={s.shipped_at}>{dateTime(s.shipped_at)}</time>
              <span>
                {s.carrier}, tracking <span className="mono">{s.tracking_number}</span>
                {s.shipped_by && <span className="cell-note">by {s.shipped_by}</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
