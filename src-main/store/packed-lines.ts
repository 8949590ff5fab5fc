import { prepared } from '../platform/prepared';
import type { ReadDb, WriteTx } from './db';

// The packing desk's side of order_items: the units scanned into the box (qty_verified) and the
// units packed (qty_packed). Picking writes the picked and short counters.

/** A line as the desk checks a scan against it. */
export interface PackingLine {
  id: number;
  product_id: number;
  sku: string;
  qty_ordered: number;
  qty_picked: number;
  qty_verified: number;
}

export function packingLines(db: ReadDb, orderId: number): PackingLine[] {
  return prepared<[number], PackingLine>(
    db,
    `select id, product_id, sku, qty_ordered, qty_picked, qty_verified from order_items
      where order_id = ? order by id`,
  ).all(orderId);
}

export function addVerified(tx: WriteTx, lineId: number, qty: number): void {
  prepared(tx, 'update order_items set qty_verified = qty_verified + ? where id = ?').run(
    qty,
    lineId,
  );
}

export function resetVerified(tx: WriteTx, orderId: number): void {
  prepared(tx, 'update order_items set qty_verified = 0 where order_id = ?').run(orderId);
}

/** Everything picked goes in the box. */
export function packPicked(tx: WriteTx, orderId: number): void {
  prepared(tx, 'update order_items set qty_packed = qty_picked where order_id = ?').run(orderId);
}

/** The lines with units in the box, what a shipment takes off the shelves. */
export function packedUnits(
  db: ReadDb,
  orderId: number,
): { product_id: number; qty_packed: number }[] {
  return prepared<[number], { product_id: number; qty_packed: number }>(
    db,
    'select product_id, qty_packed from order_items where order_id = ? and qty_packed > 0 order by id',
  ).all(orderId);
}

/** Every product the order has a line of: the SKUs its shipments can have moved. */
export function orderProductIds(db: ReadDb, orderId: number): number[] {
  return prepared<[number], { product_id: number }>(
    db,
    'select product_id from order_items where order_id = ?',
  )
    .all(orderId)
    .map((r) => r.product_id);
}
