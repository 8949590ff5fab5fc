import type { OpenLine } from '../domain/allocation';
import { prepared } from '../platform/prepared';
import type { ReadDb, WriteTx } from './db';

// Both walk the partial index of lines with units still to pick, already in FIFO order, and stop
// as soon as the quantity is placed. INDEXED BY: without table statistics the planner would sort.
const OPEN_LINES = `select i.id as itemId, i.order_id as orderId, o.number as orderNumber,
        i.qty_open as remaining
   from order_items i indexed by order_items_open_fifo_idx join orders o on o.id = i.order_id
  where i.product_id = ? and i.order_active = 1 and i.qty_open > 0`;

/** Open lines of a product, oldest order first (created_at, then external order id). */
export const oldestFirst = (db: ReadDb, productId: number): IterableIterator<OpenLine> =>
  prepared<[number], OpenLine>(db, `${OPEN_LINES} order by i.fifo_at, i.fifo_ext`).iterate(
    productId,
  );

/** The exact reverse: shortages fall on the newest orders first. */
export const newestFirst = (db: ReadDb, productId: number): IterableIterator<OpenLine> =>
  prepared<[number], OpenLine>(
    db,
    `${OPEN_LINES} order by i.fifo_at desc, i.fifo_ext desc`,
  ).iterate(productId);

/** Units of a product that open orders still wait for. */
export function remainingUnits(db: ReadDb, productId: number): number {
  return prepared<[number], { n: number }>(
    db,
    `select coalesce(sum(qty_open), 0) as n from order_items indexed by order_items_open_fifo_idx
      where product_id = ? and order_active = 1 and qty_open > 0`,
  ).get(productId)!.n;
}

/** A line as an undo of a short finds it now, with its order. */
export interface LineNow {
  order_id: number;
  order_number: string;
  status: string;
  qty_short: number;
}

/** Undefined when the importer has removed the line. */
export function lineNow(db: ReadDb, itemId: number): LineNow | undefined {
  return prepared<[number], LineNow>(
    db,
    `select o.id as order_id, o.number as order_number, o.status, i.qty_short
       from order_items i join orders o on o.id = i.order_id where i.id = ?`,
  ).get(itemId);
}

export function addPicked(tx: WriteTx, itemId: number, qty: number): void {
  prepared<[number, number]>(
    tx,
    'update order_items set qty_picked = qty_picked + ? where id = ?',
  ).run(qty, itemId);
}

/**
 * Takes units of an undone pick off a line: `fromPicked` off qty_picked, the rest off the units
 * the importer moved to "return to shelf" (never below zero).
 */
export function removePicked(
  tx: WriteTx,
  itemId: number,
  fromPicked: number,
  fromReturnToShelf: number,
): void {
  prepared<[number, number, number]>(
    tx,
    'update order_items set qty_picked = qty_picked - ?, qty_return_to_shelf = max(0, qty_return_to_shelf - ?) where id = ?',
  ).run(fromPicked, fromReturnToShelf, itemId);
}

export function addShort(tx: WriteTx, itemId: number, qty: number): void {
  prepared<[number, number]>(
    tx,
    'update order_items set qty_short = qty_short + ? where id = ?',
  ).run(qty, itemId);
}

export function removeShort(tx: WriteTx, itemId: number, qty: number): void {
  prepared<[number, number]>(
    tx,
    'update order_items set qty_short = qty_short - ? where id = ?',
  ).run(qty, itemId);
}
