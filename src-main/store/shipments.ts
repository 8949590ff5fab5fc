import type { ChannelSyncStatus, Shipment } from '../contract/orders';
import { detectCarrier } from '../domain/carrier';
import type { Channel } from '../domain/orders';
import { prepared } from '../platform/prepared';
import type { ReadDb, WriteTx } from './db';

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

export function shipmentById(db: ReadDb, id: number): Shipment {
  return view(prepared<[number], ShipmentRow>(db, `${SELECT} where s.id = ?`).get(id)!);
}

export function shipmentsOf(db: ReadDb, orderId: number): Shipment[] {
  return prepared<[number], ShipmentRow>(db, `${SELECT} where s.order_id = ? order by s.id desc`)
    .all(orderId)
    .map(view);
}

/** A shipment as the desk records it; `pending` while the channel is still to be told. */
export interface NewShipment {
  order_id: number;
  carrier: string;
  tracking_number: string;
  weight_oz: number | null;
  shipping_cost_cents: number | null;
  user_id: number;
  shipped_at: string;
  channel_sync_status: Extract<ChannelSyncStatus, 'pending' | 'skipped'>;
}

/** The new shipment's id. */
export function insertShipment(tx: WriteTx, shipment: NewShipment): number {
  return Number(
    prepared(
      tx,
      `insert into shipments (order_id, carrier, tracking_number, weight_oz, shipping_cost_cents, user_id,
                              shipped_at, channel_sync_status)
       values (@order_id, @carrier, @tracking_number, @weight_oz, @shipping_cost_cents, @user_id,
               @shipped_at, @channel_sync_status)`,
    ).run(shipment).lastInsertRowid,
  );
}

/** A shipment as a correction weighs it: with its order's number and channel. */
export interface StoredShipment {
  id: number;
  order_id: number;
  number: string;
  channel: Channel;
  carrier: string;
  tracking_number: string;
  weight_oz: number | null;
  shipping_cost_cents: number | null;
  channel_sync_status: ChannelSyncStatus;
  voided_at: string | null;
}

/** The order's shipment of that id; undefined when the order has none such. */
export function storedShipment(
  db: ReadDb,
  orderId: number,
  shipmentId: number,
): StoredShipment | undefined {
  return prepared<[number, number], StoredShipment>(
    db,
    `select s.id, s.order_id, o.number, o.channel, s.carrier, s.tracking_number, s.weight_oz,
            s.shipping_cost_cents, s.channel_sync_status, s.voided_at
       from shipments s join orders o on o.id = s.order_id
      where s.id = ? and s.order_id = ?`,
  ).get(shipmentId, orderId);
}

export interface CorrectedShipment {
  carrier: string;
  tracking_number: string;
  weight_oz: number | null;
  shipping_cost_cents: number | null;
}

/**
 * Writes the corrected fields. `retrySync` sends the confirmation to the channel again from the
 * start (pending, no error, no attempts) instead of leaving its sync state as it was.
 */
export function correctShipment(
  tx: WriteTx,
  id: number,
  fields: CorrectedShipment,
  retrySync: boolean,
): void {
  prepared(
    tx,
    `update shipments set carrier = @carrier, tracking_number = @tracking_number,
            weight_oz = @weight_oz, shipping_cost_cents = @shipping_cost_cents,
            channel_sync_status = iif(@retry, 'pending', channel_sync_status),
            channel_sync_error = iif(@retry, null, channel_sync_error),
            channel_sync_attempts = iif(@retry, 0, channel_sync_attempts)
      where id = @id`,
  ).run({
    carrier: fields.carrier,
    tracking_number: fields.tracking_number,
    weight_oz: fields.weight_oz,
    shipping_cost_cents: fields.shipping_cost_cents,
    retry: retrySync ? 1 : 0,
    id,
  });
}

/** Marks the shipment voided; a confirmation the channel has not had yet is never sent. */
export function voidShipment(tx: WriteTx, id: number, at: string): void {
  prepared(
    tx,
    `update shipments set voided_at = ?,
            channel_sync_status = case when channel_sync_status in ('pending', 'error')
                                       then 'cancelled' else channel_sync_status end
      where id = ?`,
  ).run(at, id);
}
