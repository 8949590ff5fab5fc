import type { Db } from '../platform/database';

/**
 * The picking invariants that must hold after anything, a crash included: no line is over-filled,
 * and each line's picked units equal the live allocations of pick events that filled it.
 */
export function pickingInvariantViolations(db: Db): string[] {
  const overFilled = db.$client
    .prepare(
      'select id from order_items where qty_picked + qty_short > qty_ordered or qty_picked < 0 or qty_short < 0',
    )
    .all() as { id: number }[];
  const drift = db.$client
    .prepare(
      `select i.id, i.qty_picked, coalesce(sum(case when e.undone_at is null then a.qty end), 0) as allocated
         from order_items i
         left join pick_allocations a on a.order_item_id = i.id
         left join pick_events e on e.id = a.pick_event_id
        group by i.id having i.qty_picked + i.qty_return_to_shelf != allocated`,
    )
    .all() as { id: number; qty_picked: number; allocated: number }[];
  const events = db.$client
    .prepare(
      `select e.id from pick_events e left join pick_allocations a on a.pick_event_id = e.id
        group by e.id having e.qty != coalesce(sum(a.qty), 0)`,
    )
    .all() as { id: number }[];
  return [
    ...overFilled.map((r) => `line ${r.id} is over-filled`),
    ...drift.map((r) => `line ${r.id} has ${r.qty_picked} picked but ${r.allocated} allocated`),
    ...events.map((r) => `pick ${r.id} allocations do not add up to its qty`),
  ];
}
