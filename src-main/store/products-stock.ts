import { prepared } from '../platform/prepared';
import type { WriteTx } from './db';

/**
 * A shortage hit the SKU while the ledger said it was on hand: the ledger and the shelf disagree,
 * so the SKU goes first on the next cycle count (DESIGN.md "Stock").
 */
export function flagForCount(tx: WriteTx, productId: number): void {
  prepared(tx, 'update products set needs_count = 1 where id = ?').run(productId);
}

/** The SKU was counted: whatever the shortage suggested is settled by the count. */
export function clearCountFlag(tx: WriteTx, productId: number): void {
  prepared(tx, 'update products set needs_count = 0 where id = ? and needs_count = 1').run(
    productId,
  );
}
