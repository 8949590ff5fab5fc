import { prepared } from '../platform/prepared';
import type { ReadDb, WriteTx } from './db';

/**
 * An order's status and whether every line has its units picked or short
 * (docs/architecture.md "Readiness"); undefined for an unknown order.
 */
export function orderReadiness(
  db: ReadDb,
  orderId: number,
): { status: string; ready: boolean } | undefined {
  const row = prepared<[number], { status: string; ready: number }>(
    db,
    `select o.status,
            not exists (select 1 from order_items i
                         where i.order_id = o.id and i.qty_open > 0) as ready
       from orders o where o.id = ?`,
  ).get(orderId);
  return row && { status: row.status, ready: row.ready === 1 };
}

export function setReadiness(
  tx: WriteTx,
  orderId: number,
  status: 'open' | 'ready_to_pack',
  at: string,
): void {
  prepared<[string, string, number]>(
    tx,
    'update orders set status = ?, updated_at = ? where id = ?',
  ).run(status, at, orderId);
}
