import { prepared } from '../platform/prepared';
import type { ReadDb, WriteTx } from './db';

/** A storefront order as the import compares it with the feed. */
export interface StorefrontOrderRow {
  id: number;
  external_order_id: string;
  number: string;
  status: string;
  customer_name: string | null;
  shipping_address: string | null;
  created_at: string;
  channel_updated_at: string | null;
}

/** The order-level fields the storefront owns. */
export interface StorefrontOrderFields {
  externalId: string;
  number: string;
  customerName: string | null;
  /** JSON text. */
  shippingAddress: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface LineQty {
  qty_ordered: number;
  qty_picked: number;
  qty_short: number;
  qty_return_to_shelf: number;
}

export interface OrderLineRow extends LineQty {
  id: number;
  order_id: number;
  sku: string;
}

export interface NewOrderLine {
  productId: number;
  sku: string;
  title: string;
  qty: number;
  unitPriceCents: number | null;
}

/** The storefront orders already here with these external ids. */
export function storefrontOrders(db: ReadDb, externalIds: string[]): StorefrontOrderRow[] {
  return prepared<[string], StorefrontOrderRow>(
    db,
    `select id, external_order_id, number, status, customer_name, shipping_address, created_at,
            channel_updated_at
       from orders
      where channel = 'storefront' and external_order_id in (select value from json_each(?))`,
  ).all(JSON.stringify(externalIds));
}

/** Every line of these orders. */
export function orderLines(db: ReadDb, orderIds: number[]): OrderLineRow[] {
  return prepared<[string], OrderLineRow>(
    db,
    `select id, order_id, sku, qty_ordered, qty_picked, qty_short, qty_return_to_shelf
       from order_items where order_id in (select value from json_each(?))`,
  ).all(JSON.stringify(orderIds));
}

/** A new open storefront order, without lines: answers its id. */
export function insertStorefrontOrder(
  tx: WriteTx,
  order: StorefrontOrderFields,
  now: string,
): number {
  return Number(
    prepared(
      tx,
      `insert into orders (channel, external_order_id, number, status, customer_name,
                           shipping_address, created_at, channel_updated_at, imported_at, updated_at)
       values ('storefront', ?, ?, 'open', ?, ?, ?, ?, ?, ?)`,
    ).run(
      order.externalId,
      order.number,
      order.customerName,
      order.shippingAddress,
      order.createdAt,
      order.updatedAt,
      now,
      now,
    ).lastInsertRowid,
  );
}

export function updateStorefrontOrder(
  tx: WriteTx,
  id: number,
  order: StorefrontOrderFields,
  now: string,
): void {
  prepared(
    tx,
    `update orders set number = ?, customer_name = ?, shipping_address = ?, created_at = ?,
                       channel_updated_at = ?, updated_at = ?
      where id = ?`,
  ).run(
    order.number,
    order.customerName,
    order.shippingAddress,
    order.createdAt,
    order.updatedAt,
    now,
    id,
  );
}

/**
 * The order cancelled, and its picked units moved to the return list (as a shrink moves its
 * surplus), so an undone pick later takes them back off that list instead of counting them twice.
 */
export function cancelStorefrontOrder(
  tx: WriteTx,
  id: number,
  channelUpdatedAt: string,
  now: string,
): void {
  prepared(
    tx,
    `update orders set status = 'cancelled', cancelled_at = ?, channel_updated_at = ?,
                       updated_at = ?
      where id = ?`,
  ).run(now, channelUpdatedAt, now, id);
  prepared(
    tx,
    `update order_items set qty_return_to_shelf = qty_return_to_shelf + qty_picked, qty_picked = 0
      where order_id = ? and qty_picked > 0`,
  ).run(id);
}

export function insertOrderLine(tx: WriteTx, orderId: number, line: NewOrderLine): void {
  prepared(
    tx,
    `insert into order_items (order_id, product_id, sku, title, qty_ordered, unit_price_cents)
     values (?, ?, ?, ?, ?, ?)`,
  ).run(orderId, line.productId, line.sku, line.title, line.qty, line.unitPriceCents);
}

export function resizeOrderLine(tx: WriteTx, lineId: number, qty: LineQty): void {
  prepared(
    tx,
    `update order_items set qty_ordered = ?, qty_picked = ?, qty_short = ?, qty_return_to_shelf = ?
      where id = ?`,
  ).run(qty.qty_ordered, qty.qty_picked, qty.qty_short, qty.qty_return_to_shelf, lineId);
}

/** Of these numbers, those more than one order carries, each with its orders oldest first. */
export function sharedNumbers(
  db: ReadDb,
  numbers: string[],
): { number: string; orderIds: number[] }[] {
  return prepared<[string], { number: string; ids: string }>(
    db,
    `select number, json_group_array(id) as ids
       from (select number, id from orders
              where number in (select value from json_each(?))
              order by created_at, id)
      group by number having count(*) > 1`,
  )
    .all(JSON.stringify(numbers))
    .map(({ number, ids }) => ({ number, orderIds: JSON.parse(ids) as number[] }));
}
