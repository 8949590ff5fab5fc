import type { OrderStatus, ShippingAddress } from '../domain/orders';
import { notFound } from '../domain/errors';
import { slipLine, type SlipData, type SlipItem } from '../domain/slips';
import { prepared } from '../platform/prepared';
import type { ReadDb } from './db';

interface OrderRow {
  id: number;
  number: string;
  status: OrderStatus;
  created_at: string;
  customer_name: string | null;
  shipping_address: string | null;
}

interface ItemRow extends SlipItem {
  order_id: number;
}

const PACKED: ReadonlySet<OrderStatus> = new Set(['packed', 'shipped']);

/**
 * The slips of these orders, in the order asked for (duplicates once). 404 naming every id that
 * is not an order, so a batch never prints half of what the packer selected.
 */
export function loadSlips(db: ReadDb, orderIds: readonly number[]): SlipData[] {
  const ids = [...new Set(orderIds)];
  const json = JSON.stringify(ids);
  const orders = prepared<[string], OrderRow>(
    db,
    `select id, number, status, created_at, customer_name, shipping_address
       from orders where id in (select value from json_each(?))`,
  ).all(json);
  const byId = new Map(orders.map((o) => [o.id, o]));
  const missing = ids.filter((id) => !byId.has(id));
  if (missing.length > 0) {
    throw notFound(
      'order_not_found',
      missing.length === 1
        ? `There is no order ${missing[0]}.`
        : `There are no orders ${missing.join(', ')}.`,
      { order_ids: missing },
    );
  }
  // Lines shrunk to nothing (the customer removed them) stay only for the return-to-shelf list.
  const items = prepared<[string], ItemRow>(
    db,
    `select order_id, sku, title, qty_ordered, qty_picked, qty_short, qty_packed
       from order_items
      where order_id in (select value from json_each(?)) and qty_ordered > 0
      order by order_id, id`,
  ).all(json);
  const linesOf = new Map<number, ItemRow[]>();
  for (const item of items) {
    const lines = linesOf.get(item.order_id);
    if (lines) lines.push(item);
    else linesOf.set(item.order_id, [item]);
  }
  return ids.map((id) => toSlip(byId.get(id)!, linesOf.get(id) ?? []));
}

function toSlip(order: OrderRow, items: ItemRow[]): SlipData {
  const packed = PACKED.has(order.status);
  return {
    orderId: order.id,
    number: order.number,
    status: order.status,
    packed,
    createdAt: order.created_at,
    shipTo: shipTo(order),
    lines: items.map((i) => slipLine(i, packed)),
  };
}

function shipTo(order: OrderRow): ShippingAddress | null {
  const address = order.shipping_address
    ? (JSON.parse(order.shipping_address) as ShippingAddress | null)
    : null;
  if (!address || !Object.values(address).some((v) => typeof v === 'string' && v.trim())) {
    return null;
  }
  return { ...address, name: address.name || order.customer_name || undefined };
}
