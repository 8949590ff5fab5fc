import type { Shipment } from '../../contract/orders';
import { detectCarrier } from '../../domain/carrier';
import type { Db } from '../../platform/database';
import { prepared } from '../../platform/prepared';

type ShipmentRow = Omit<Shipment, 'shipping_cost' | 'carrier_detected'> & {
  shipping_cost_cents: number | null;
};

const SELECT = `select s.id, s.order_id, s.carrier, s.tracking_number, s.weight_oz, s.shipping_cost_cents,
                       s.shipped_at, u.username as shipped_by, s.channel_sync_status, s.channel_sync_error,
                       s.voided_at
                  from shipments s left join users u on u.id = s.user_id`;

const view = ({ shipping_cost_cents, ...row }: ShipmentRow): Shipment => ({
  ...row,
  carrier_detected: detectCarrier(row.tracking_number),
  shipping_cost: shipping_cost_cents === null ? null : shipping_cost_cents / 100,
});

export function shipmentById(db: Db, id: number): Shipment {
  return view(prepared<[number], ShipmentRow>(db, `${SELECT} where s.id = ?`).get(id)!);
}

export function shipmentsOf(db: Db, orderId: number): Shipment[] {
  return prepared<[number], ShipmentRow>(db, `${SELECT} where s.order_id = ? order by s.id desc`)
    .all(orderId)
    .map(view);
}
