import { prepared } from '../platform/prepared';
import type { ReadDb } from './db';

/** The id of the product with exactly this SKU, or null. Paths name a SKU as stored. */
export function productIdBySku(db: ReadDb, sku: string): number | null {
  return (
    prepared<[string], { id: number }>(db, 'select id from products where sku = ?').get(sku)?.id ??
    null
  );
}
