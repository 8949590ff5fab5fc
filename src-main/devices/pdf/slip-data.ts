import type { OrderStatus, ShippingAddress } from '../../domain/orders';
import type { Db } from '../../platform/database';
import { prepared } from '../../platform/prepared';
import { notFound } from '../../domain/errors';
import { plainText } from './plain-text';

export interface SlipLine {
  sku: string;
  title: string;
  ordered: number;
  /** Units in the box: packed once the order is packed, until then the picked units to pack. */
  qty: number;
  /** Units that will not ship because the shelf was empty. */
  short: number;
  /** Units nobody has picked or marked short yet (only while the order is still open). */
  unpicked: number;
}

export interface SlipData {
  orderId: number;
  number: string;
  status: OrderStatus;
  /** True once packed: `qty` then counts packed units rather than units to pack. */
  packed: boolean;
  createdAt: string;
  shipTo: ShippingAddress | null;
  lines: SlipLine[];
}

/** How a line that does not ship in full reads on a slip (PDF or receipt); null when it ships in full. */
export function shortfallNote(line: SlipLine): string | null {
  const notes: string[] = [];
  if (line.short > 0) {
    notes.push(
      line.qty === 0 && line.unpicked === 0
        ? 'Out of stock'
        : `${line.short} back-ordered — out of stock`,
    );
  }
  if (line.unpicked > 0) notes.push(`${line.unpicked} not picked yet`);
  return notes.length > 0 ? notes.join('; ') : null;
}

/** A ship-to address as the lines a label shows, printable text only, empty lines left out. */
export function addressLines(a: ShippingAddress): string[] {
  const cityLine = [a.city, [a.state, a.postal_code].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  return [a.name, a.line1, a.line2, cityLine, a.country].map(plainText).filter(Boolean);
}

interface OrderRow {
  id: number;
  number: string;
  status: OrderStatus;
  created_at: string;
  customer_name: string | null;
  shipping_address: string | null;
}

interface ItemRow {
  order_id: number;
  sku: string;
  title: string;
  qty_ordered: number;
  qty_picked: number;
  qty_short: number;
  qty_packed: number;
}

const PACKED: ReadonlySet<OrderStatus> = new Set(['packed', 'shipped']);

/**
 * The slips of these orders, in the order asked for (duplicates once). 404 naming every id that
 * is not an order, so a batch never prints half of what the packer selected.
 */
export function loadSlips(db: Db, orderIds: readonly number[]): SlipData[] {
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
    lines: items.map((i) => toLine(i, packed)),
  };
}

function toLine(item: ItemRow, packed: boolean): SlipLine {
  const base = { sku: item.sku, title: item.title, ordered: item.qty_ordered };
  if (packed) {
    const qty = Math.min(item.qty_packed, item.qty_ordered);
    return { ...base, qty, short: item.qty_ordered - qty, unpicked: 0 };
  }
  const qty = Math.min(item.qty_picked, item.qty_ordered);
  const short = Math.min(item.qty_short, item.qty_ordered - qty);
  return { ...base, qty, short, unpicked: item.qty_ordered - qty - short };
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
