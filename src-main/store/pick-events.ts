import type { Allocation } from '../domain/allocation';
import { prepared } from '../platform/prepared';
import type { ReadDb, WriteTx } from './db';

export interface NewPick {
  productId: number;
  sku: string;
  qty: number;
  userId: number;
  device: string | null;
}

/** The pick's id: its allocations and its undo name it. */
export function insertPickEvent(tx: WriteTx, pick: NewPick): number {
  return Number(
    prepared<[number, string, number, number, string | null]>(
      tx,
      'insert into pick_events (product_id, sku, qty, user_id, device) values (?, ?, ?, ?, ?)',
    ).run(pick.productId, pick.sku, pick.qty, pick.userId, pick.device).lastInsertRowid,
  );
}

export function insertPickAllocation(
  tx: WriteTx,
  eventId: number,
  itemId: number,
  qty: number,
): void {
  prepared<[number, number, number]>(
    tx,
    'insert into pick_allocations (pick_event_id, order_item_id, qty) values (?, ?, ?)',
  ).run(eventId, itemId, qty);
}

export function findPickEvent(
  db: ReadDb,
  eventId: number,
): { sku: string; qty: number; undone_at: string | null } | undefined {
  return prepared<[number], { sku: string; qty: number; undone_at: string | null }>(
    db,
    'select sku, qty, undone_at from pick_events where id = ?',
  ).get(eventId);
}

/** An allocation of a pick with its line and order as they are now, as an undo weighs them. */
export interface PickedAllocation extends Allocation {
  status: string;
  qty_picked: number;
  qty_return_to_shelf: number;
}

/** In the order the pick made them. */
export function pickAllocations(db: ReadDb, eventId: number): PickedAllocation[] {
  return prepared<[number], PickedAllocation>(
    db,
    `select o.id as order_id, o.number as order_number, i.id as item_id, a.qty, o.status, i.qty_picked, i.qty_return_to_shelf
       from pick_allocations a join order_items i on i.id = a.order_item_id join orders o on o.id = i.order_id
      where a.pick_event_id = ? order by a.id`,
  ).all(eventId);
}

/** An undone pick stays, marked, so the day's history and stats can tell it apart. */
export function markPickUndone(tx: WriteTx, eventId: number, at: string, userId: number): void {
  prepared<[string, number, number]>(
    tx,
    'update pick_events set undone_at = ?, undone_by = ? where id = ?',
  ).run(at, userId, eventId);
}
