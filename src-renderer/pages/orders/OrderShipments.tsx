import type { Shipment } from '../../api/types';
import { ShipmentCard } from '../packing/ShipmentCard';

/** The order's shipments, each editable and voidable as at the desk; `onChanged` reloads the order. */
export function OrderShipments({
  orderNumber,
  shipments,
  onChanged,
}: {
  orderNumber: string;
  shipments: Shipment[];
  onChanged: () => void;
}) {
  return (
    <>
      <h3>Shipments</h3>
      {shipments.length === 0 ? (
        <p className="muted">Not shipped yet.</p>
      ) : (
        <div className="pack-shipments" data-testid="order-shipments">
          {shipments.map((s) => (
            <ShipmentCard key={s.id} orderNumber={orderNumber} shipment={s} onChanged={onChanged} />
          ))}
        </div>
      )}
    </>
  );
}
