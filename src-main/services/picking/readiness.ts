import type { WriteTx } from '../../store/db';
import { orderReadiness, setReadiness } from '../../store/order-readiness';

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
export function reevaluateReadiness(tx: WriteTx, orderIds: Iterable<number>): ReadinessChange {
  const change: ReadinessChange = { becameReady: [], becameOpen: [] };
  const now = new Date().toISOString();
  for (const id of new Set(orderIds)) {
    const order = orderReadiness(tx, id);
    if (!order) continue;
    if (order.status === 'open' && order.ready) {
      setReadiness(tx, id, 'ready_to_pack', now);
      change.becameReady.push(id);
    } else if (order.status === 'ready_to_pack' && !order.ready) {
      setReadiness(tx, id, 'open', now);
      change.becameOpen.push(id);
    }
  }
  return change;
}
