import { prepared } from '../platform/prepared';
import type { WriteTx } from './db';

/**
 * One line of an order's history, by the signed-in user, inside the action's write so the line
 * and what it tells of commit together.
 */
export function addOrderEvent(
  tx: WriteTx,
  orderId: number,
  type: string,
  detail: object,
  by: { id: number },
): void {
  prepared(
    tx,
    'insert into order_events (order_id, type, detail, user_id) values (?, ?, ?, ?)',
  ).run(orderId, type, JSON.stringify(detail), by.id);
}

/** A line of an order's history the storefront import wrote: no user, at the import's time. */
export function addImportEvent(
  tx: WriteTx,
  orderId: number,
  type: string,
  detail: object,
  at: string,
): void {
  prepared(
    tx,
    'insert into order_events (order_id, type, detail, created_at) values (?, ?, ?, ?)',
  ).run(orderId, type, JSON.stringify(detail), at);
}
