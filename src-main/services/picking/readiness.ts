import type { Db } from '../../platform/database';
import { prepared } from '../../platform/prepared';

export interface ReadinessChange {
  /** Orders that were open and now have every line picked or short. */
  becameReady: number[];
  /** Orders that were ready and no longer are (undo, a line grew). */
  becameOpen: number[];
}

/**
 * docs/architecture.md "Readiness": an order is ready to pack when every line has qty_picked + qty_short >= qty_ordered.
 * Only open and ready_to_pack orders move; packed, shipped and cancelled ones are history.
 * Call inside the transaction of the action that changed the lines.
 */
export function reevaluateReadiness(db: Db, orderIds: Iterable<number>): ReadinessChange {
  const check = prepared<[number], { status: string; ready: number }>(
    db,
    `select o.status,
            not exists (select 1 from order_items i
                         where i.order_id = o.id and i.qty_open > 0) as ready
       from orders o where o.id = ?`,
  );
  const setStatus = prepared<[string, string, number]>(
    db,
    'update orders set status = ?, updated_at = ? where id = ?',
  );
  const change: ReadinessChange = { becameReady: [], becameOpen: [] };
  const now = new Date().toISOString();
  for (const id of new Set(orderIds)) {
    const row = check.get(id);
    if (!row) continue;
    if (row.status === 'open' && row.ready) {
      setStatus.run('ready_to_pack', now, id);
      change.becameReady.push(id);
    } else if (row.status === 'ready_to_pack' && !row.ready) {
      setStatus.run('open', now, id);
      change.becameOpen.push(id);
    }
  }
  return change;
}
