import { detectCarrier, type KnownCarrier } from '../../domain/carrier';
import type { Db } from '../../platform/database';
import { prepared } from '../../platform/prepared';

export type ChannelSyncStatus = 'pending' | 'ok' | 'error' | 'skipped' | 'cancelled';

/** A shipment as the API shows it: money in dollars as the packer typed it, stored in cents. */
export interface ShipmentView {
  id: number;
  order_id: number;
  carrier: string;
  tracking_number: string;
  /** The carrier the tracking number's format belongs to; null when it matches none we know. */
  carrier_detected: KnownCarrier | null;
  weight_oz: number | null;
  shipping_cost: number | null;
  shipped_at: string;
  shipped_by: string | null;
  channel_sync_status: ChannelSyncStatus;
  channel_sync_error: string | null;
  /** Set once voided: the shipment stays as a record, its stock is back and the order is packed. */
  voided_at: string | null;
}

type ShipmentRow = Omit<ShipmentView, 'shipping_cost' | 'carrier_detected'> & {
  shipping_cost_cents: number | null;
};

const SELECT = `select s.id, s.order_id, s.carrier, s.tracking_number, s.weight_oz, s.shipping_cost_cents,
                       s.shipped_at, u.username as shipped_by, s.channel_sync_status, s.channel_sync_error,
                       s.voided_at
                  from shipments s left join users u on u.id = s.user_id`;

const view = ({ shipping_cost_cents, ...row }: ShipmentRow): ShipmentView => ({
  ...row,
  carrier_detected: detectCarrier(row.tracking_number),
  shipping_cost: shipping_cost_cents === null ? null : shipping_cost_cents / 100,
});

export function shipmentById(db: Db, id: number): ShipmentView {
  return view(prepared<[number], ShipmentRow>(db, `${SELECT} where s.id = ?`).get(id)!);
}

export function shipmentsOf(db: Db, orderId: number): ShipmentView[] {
  return prepared<[number], ShipmentRow>(db, `${SELECT} where s.order_id = ? order by s.id desc`)
    .all(orderId)
    .map(view);
}
