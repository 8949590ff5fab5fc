import type { PicklistSku, SkuOrder, TodayStats } from '../contract/picking';
import { prepared } from '../platform/prepared';
import type { ReadDb } from './db';

/** Products without a category are listed, and sorted, under this name. */
export const UNCATEGORISED = 'Uncategorised';

export interface PicklistRow extends Omit<PicklistSku, 'image'> {
  category: string | null;
}

/**
 * Per SKU of every open warehouse-shipped order (never FBA), in the pick list's order: category
 * (by name), subcategory, bin, then SKU. Done SKUs too (qty_remaining 0).
 */
export function picklistRows(db: ReadDb): PicklistRow[] {
  return prepared<[], PicklistRow>(
    db,
    `select p.sku, p.title, p.category, p.subcategory, p.image_url, p.barcode, p.bin_location,
            sum(i.qty_ordered) as qty_ordered, sum(i.qty_picked) as qty_picked, sum(i.qty_short) as qty_short,
            sum(max(i.qty_open, 0)) as qty_remaining,
            count(distinct i.order_id) as order_count
       from order_items i join products p on p.id = i.product_id
      where i.order_active = 1
      group by i.product_id
      order by coalesce(p.category, '${UNCATEGORISED}'), coalesce(p.subcategory, ''), coalesce(p.bin_location, ''), p.sku`,
  ).all();
}

/** The open orders behind one product of the pick list, in the order picks will fill them. */
export function skuOrders(db: ReadDb, productId: number): SkuOrder[] {
  return prepared<[number], SkuOrder>(
    db,
    `select o.id as order_id, o.number, o.customer_name, o.created_at, o.status, i.qty_ordered, i.qty_picked, i.qty_short,
            max(i.qty_open, 0) as qty_remaining
       from order_items i join orders o on o.id = i.order_id
      where i.product_id = ? and i.order_active = 1
      order by i.fifo_at, i.fifo_ext`,
  ).all(productId);
}

/** The pick list's figures: work left now, and units picked (undone ones left out) and short since `since`. */
export function statsSince(db: ReadDb, since: string): TodayStats {
  const orders = prepared<[], { open_orders: number; ready_to_pack: number }>(
    db,
    `select coalesce(sum(status = 'open'), 0) as open_orders, coalesce(sum(status = 'ready_to_pack'), 0) as ready_to_pack
       from orders where status in ('open', 'ready_to_pack') and channel != 'amazon_fba'`,
  ).get()!;
  const remaining = prepared<[], { skus_remaining: number; units_remaining: number }>(
    db,
    `select count(distinct product_id) as skus_remaining, coalesce(sum(qty_open), 0) as units_remaining
       from order_items where order_active = 1 and qty_open > 0`,
  ).get()!;
  const picked = prepared<[string], { n: number }>(
    db,
    'select coalesce(sum(qty), 0) as n from pick_events where created_at >= ? and undone_at is null',
  ).get(since)!.n;
  const short = prepared<[string], { n: number }>(
    db,
    'select coalesce(sum(qty_short), 0) as n from stock_exceptions where created_at >= ?',
  ).get(since)!.n;
  return {
    ...orders,
    ...remaining,
    units_picked_today: picked,
    units_short_today: short,
    by_picker: pickersSince(db, since),
  };
}

/** Units per picker, busiest first; a deleted picker's work stays, under a null name. */
function pickersSince(db: ReadDb, since: string): TodayStats['by_picker'] {
  return prepared<
    [string, string],
    { picker: string | null; units_picked: number; units_short: number }
  >(
    db,
    `select u.username as picker, sum(t.picked) as units_picked, sum(t.short) as units_short
       from (select user_id, qty as picked, 0 as short from pick_events
              where created_at >= ? and undone_at is null
             union all
             select user_id, 0, qty_short from stock_exceptions where created_at >= ?) t
       left join users u on u.id = t.user_id
      group by t.user_id order by units_picked desc, units_short desc, picker`,
  ).all(since, since);
}
