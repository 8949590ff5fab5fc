import type { NumberedOrder } from '../contract/scanning';
import { prepared } from '../platform/prepared';
import type { ReadDb } from './db';

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
