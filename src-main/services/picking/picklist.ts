import type { PicklistSku, SkuOrders, TodayStats } from '../../contract/picking';
import type { ReadDb } from '../../store/db';
import { picklistRows, skuOrders, statsSince, UNCATEGORISED } from '../../store/picklist';
import { photoPath } from '../images/image-cache';
import { productToPick } from './product-to-pick';

/**
 * One pick list for every open warehouse-shipped order (never FBA): per SKU, grouped by
 * category (by name), SKUs by subcategory, bin, then SKU (the pick list's order).
 */
export function picklist(
  db: ReadDb,
  includeDone: boolean,
): { categories: { name: string; skus: PicklistSku[] }[] } {
  const categories = new Map<string, PicklistSku[]>();
  for (const { category, ...sku } of picklistRows(db)) {
    if (!includeDone && sku.qty_remaining === 0) continue;
    const name = category ?? UNCATEGORISED;
    let list = categories.get(name);
    if (!list) categories.set(name, (list = []));
    list.push({ ...sku, image: photoPath(db, sku.image_url) });
  }
  return { categories: [...categories].map(([name, skus]) => ({ name, skus })) };
}

/** The open orders behind one SKU of the pick list, in the order picks will fill them. */
export function ordersForSku(db: ReadDb, code: string): SkuOrders {
  const product = productToPick(db, code);
  return { sku: product.sku, title: product.title, orders: skuOrders(db, product.id) };
}

/** Local midnight as a UTC ISO string: "today" is the warehouse's day, not UTC's. */
function startOfToday(now = new Date()): string {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate()).toISOString();
}

export function picklistStats(db: ReadDb, now = new Date()): TodayStats {
  return statsSince(db, startOfToday(now));
}
