import { prepared } from '../platform/prepared';
import type { ReadDb, WriteTx } from './db';

/** Which line lost how many units to a short, as its undo gives them back. */
export interface ShortLine {
  order_id: number;
  item_id: number;
  qty: number;
}

export interface NewStockException {
  productId: number;
  sku: string;
  productTitle: string;
  qtyShort: number;
  orderNumbers: string[];
  allocations: ShortLine[];
  userId: number;
  device: string | null;
  /** The ledger showed units on hand, so this short asked for a cycle count. */
  flaggedCount: boolean;
}

export function insertStockException(tx: WriteTx, e: NewStockException): number {
  return Number(
    prepared<[number, string, string, number, string, string, number, string | null, number]>(
      tx,
      `insert into stock_exceptions (product_id, sku, product_title, qty_short, order_numbers, allocations, user_id, device, flagged_count)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      e.productId,
      e.sku,
      e.productTitle,
      e.qtyShort,
      JSON.stringify(e.orderNumbers),
      JSON.stringify(e.allocations),
      e.userId,
      e.device,
      e.flaggedCount ? 1 : 0,
    ).lastInsertRowid,
  );
}

export interface StockException {
  productId: number;
  sku: string;
  qtyShort: number;
  allocations: Pick<ShortLine, 'item_id' | 'qty'>[];
  flaggedCount: boolean;
}

export function findStockException(db: ReadDb, id: number): StockException | undefined {
  const row = prepared<
    [number],
    {
      product_id: number;
      sku: string;
      qty_short: number;
      allocations: string;
      flagged_count: number;
    }
  >(
    db,
    'select product_id, sku, qty_short, allocations, flagged_count from stock_exceptions where id = ?',
  ).get(id);
  return (
    row && {
      productId: row.product_id,
      sku: row.sku,
      qtyShort: row.qty_short,
      allocations: JSON.parse(row.allocations) as StockException['allocations'],
      flaggedCount: row.flagged_count === 1,
    }
  );
}

export function deleteStockException(tx: WriteTx, id: number): void {
  prepared<[number]>(tx, 'delete from stock_exceptions where id = ?').run(id);
}

/** Shorts of a product that raised its cycle-count flag and are not undone. */
export function flaggingShorts(db: ReadDb, productId: number): number {
  return prepared<[number], { n: number }>(
    db,
    'select count(*) as n from stock_exceptions where product_id = ? and flagged_count = 1',
  ).get(productId)!.n;
}
