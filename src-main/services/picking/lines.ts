import type { OpenLine } from '../../domain/allocation';
import { prepared } from '../../platform/prepared';
import { notFound } from '../../domain/errors';
import type { ReadDb } from '../../store/db';
import { productByCode, type Product } from '../../store/products';

/**
 * The product a pick or "not in stock" names: a SKU, or anything a scan would read as the product
 * (docs/architecture.md "Scan order"), so POST /api/pick takes every code POST /api/scan picks.
 */
export function productToPick(db: ReadDb, code: string): Product {
  const found = productByCode(db, code);
  if (!found) {
    throw notFound(
      'unknown_sku',
      `No product has the SKU or barcode "${code}". Check the label and try again.`,
      { sku: code },
    );
  }
  return found.product;
}

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

export function remainingUnits(db: ReadDb, productId: number): number {
  return prepared<[number], { n: number }>(
    db,
    `select coalesce(sum(qty_open), 0) as n from order_items indexed by order_items_open_fifo_idx
      where product_id = ? and order_active = 1 and qty_open > 0`,
  ).get(productId)!.n;
}
