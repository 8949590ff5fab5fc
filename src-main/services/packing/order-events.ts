import type { Db } from '../../platform/database';
import { prepared } from '../../platform/prepared';

/** One line of an order's history, by the signed-in user; inside the action's write. */
export function recordOrderEvent(
  db: Db,
  orderId: number,
  type: string,
  detail: object,
  by: { id: number },
): void {
  prepared(
    db,
    'insert into order_events (order_id, type, detail, user_id) values (?, ?, ?, ?)',
  ).run(orderId, type, JSON.stringify(detail), by.id);
}
