import { prepared } from '../platform/prepared';
import type { ReadDb } from './db';

/**
 * Units sold per SKU of `skus` on warehouse orders placed since `since` (ISO time): every order
 * the warehouse ships (not FBA) that was not cancelled, less the units marked short, which never
 * left. SKUs that sold nothing are absent.
 */
export function unitsSoldSince(db: ReadDb, since: string, skus: string[]): Map<string, number> {
  const rows = prepared<[string, string], { sku: string; units: number }>(
    db,
    `select p.sku, sum(i.qty_ordered - i.qty_short) as units
       from products p
       join order_items i on i.product_id = p.id
       join orders o on o.id = i.order_id
      where p.sku in (select value from json_each(?))
        and o.created_at >= ? and o.status != 'cancelled' and o.channel != 'amazon_fba'
      group by p.sku`,
  ).all(JSON.stringify(skus), since);
  return new Map(rows.map((r) => [r.sku, r.units]));
}
