import type { NumberedOrder } from '../contract/scanning';
import type { Channel, OrderStatus } from '../domain/orders';
import { prepared } from '../platform/prepared';
import type { ReadDb, WriteTx } from './db';

/**
 * What an order number names. A storefront may give two orders one number
 * (docs/architecture.md "Order numbers may repeat"): then every one of them, oldest first, and
 * the caller asks which one is meant instead of guessing.
 */
export type OrderByNumber =
  | { kind: 'none' }
  | { kind: 'order'; order: NumberedOrder }
  | { kind: 'ambiguous'; orders: NumberedOrder[] };

/** The order with this number, exactly as printed on the slip (no forgiving match). */
export function orderByNumber(db: ReadDb, number: string): OrderByNumber {
  const orders = prepared<[string], NumberedOrder>(
    db,
    `select id, number, status, channel, customer_name, created_at
       from orders where number = ? order by created_at, id`,
  ).all(number);
  if (orders.length > 1) return { kind: 'ambiguous', orders };
  return orders[0] ? { kind: 'order', order: orders[0] } : { kind: 'none' };
}

/** What an action on an order checks before it acts. */
export interface OrderState {
  id: number;
  number: string;
  channel: Channel;
  status: OrderStatus;
}

export function orderState(db: ReadDb, id: number): OrderState | undefined {
  return prepared<[number], OrderState>(
    db,
    'select id, number, channel, status from orders where id = ?',
  ).get(id);
}

/** `verified`: every unit was scanned before it went in the box. */
export function markOrderPacked(
  tx: WriteTx,
  id: number,
  { at, by, verified }: { at: string; by: number; verified: boolean },
): void {
  prepared(
    tx,
    `update orders set status = 'packed', packed_at = ?, packed_by = ?, pack_verified = ?, updated_at = ?
      where id = ?`,
  ).run(at, by, verified ? 1 : 0, at, id);
}

export function markOrderShipped(tx: WriteTx, id: number, at: string): void {
  prepared(
    tx,
    `update orders set status = 'shipped', shipped_at = ?, updated_at = ? where id = ?`,
  ).run(at, at, id);
}

/** Its shipment was voided: packed again, waiting for a new one. */
export function markOrderUnshipped(tx: WriteTx, id: number, at: string): void {
  prepared(
    tx,
    `update orders set status = 'packed', shipped_at = null, updated_at = ? where id = ?`,
  ).run(at, id);
}
