import type { OrderDetail, OrderEvent, OrderItem } from '../../contract/orders';
import type { ShippingAddress } from '../../domain/orders';
import { deviceLabel } from '../../domain/device-label';
import type { Db } from '../../platform/database';
import { prepared } from '../../platform/prepared';
import { notFound } from '../../domain/errors';
import { isFullyShort } from './order-lists';
import { photoPath } from '../images/image-cache';
import { orderByNumber } from '../../store/orders';
import { ambiguousNumber } from '../scanning/order-number';
import { shipmentsOf } from './shipments';

type OrderRow = Omit<
  OrderDetail,
  'shipping_address' | 'pack_verified' | 'fully_short' | 'items' | 'events' | 'shipments'
> & { shipping_address: string | null; pack_verified: number | null };

export const orderNotFound = (id: number) =>
  notFound('order_not_found', `There is no order ${id}.`, { id });

/** The order as the packing screen shows it: lines with their bins, its history, its shipments. */
export function orderDetail(db: Db, id: number): OrderDetail {
  const order = prepared<[number], OrderRow>(
    db,
    `select o.id, o.number, o.channel, o.external_order_id, o.status, o.customer_name, o.created_at,
            o.shipping_address, o.packed_at, u.username as packed_by, o.pack_verified, o.shipped_at,
            o.cancelled_at
       from orders o left join users u on u.id = o.packed_by where o.id = ?`,
  ).get(id);
  if (!order) throw orderNotFound(id);
  const items = prepared<[number], Omit<OrderItem, 'image'> & { image_url: string | null }>(
    db,
    `select i.id, i.sku, i.title, p.barcode, p.bin_location, p.image_url, i.qty_ordered, i.qty_picked, i.qty_short,
            i.qty_packed, i.qty_verified, i.qty_return_to_shelf
       from order_items i join products p on p.id = i.product_id
      where i.order_id = ? order by i.id`,
  ).all(id);
  return {
    ...order,
    shipping_address: order.shipping_address
      ? (JSON.parse(order.shipping_address) as ShippingAddress)
      : null,
    pack_verified: order.pack_verified === null ? null : order.pack_verified === 1,
    fully_short: isFullyShort({
      units_ordered: items.reduce((n, i) => n + i.qty_ordered, 0),
      units_short: items.reduce((n, i) => n + i.qty_short, 0),
    }),
    items: items.map(({ image_url, ...item }) => ({
      ...item,
      image: photoPath(db, image_url) ?? undefined,
    })),
    events: orderHistory(db, id),
    shipments: shipmentsOf(db, id),
  };
}

/**
 * order_events plus the picks that filled this order's lines, newest first. Picks write no
 * order_events (they are the hot path); their allocations already say who picked how many.
 */
function orderHistory(db: Db, orderId: number): OrderEvent[] {
  const recorded = prepared<[number], OrderEvent & { detail: string | null }>(
    db,
    `select e.type, e.created_at as at, u.username as by, e.detail
       from order_events e left join users u on u.id = e.user_id
      where e.order_id = ? order by e.id desc`,
  )
    .all(orderId)
    .map((e) => ({
      ...e,
      detail: e.detail === null ? null : withDeviceLabel(JSON.parse(e.detail)),
    }));
  const picks = prepared<
    [number],
    {
      at: string;
      by: string | null;
      pick_event_id: number;
      sku: string;
      qty: number;
      device: string | null;
      undone_at: string | null;
      undone_by: string | null;
    }
  >(
    db,
    `select e.created_at as at, u.username as by, e.id as pick_event_id, i.sku, a.qty, e.device,
            e.undone_at, uu.username as undone_by
       from order_items i
       join pick_allocations a on a.order_item_id = i.id
       join pick_events e on e.id = a.pick_event_id
       left join users u on u.id = e.user_id
       left join users uu on uu.id = e.undone_by
      where i.order_id = ? order by e.id desc`,
  )
    .all(orderId)
    .map(({ at, by, ...detail }) => ({
      type: 'picked',
      at,
      by,
      detail: withDeviceLabel({ ...detail, undone: detail.undone_at !== null }),
    }));
  // Both lists are newest first already; a stable sort keeps that order within equal times.
  return [...recorded, ...picks].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}

/** Events done on a handheld (picks, shorts) also name it the way people tell devices apart. */
function withDeviceLabel(detail: unknown): unknown {
  if (typeof detail !== 'object' || detail === null || !('device' in detail)) return detail;
  const device = detail.device;
  return { ...detail, device_label: deviceLabel(typeof device === 'string' ? device : null) };
}

/** The order a packing-slip barcode names; 409 ambiguous_number when more than one has it. */
export function orderIdByNumber(db: Db, number: string): { id: number } {
  const found = orderByNumber(db, number);
  if (found.kind === 'ambiguous') throw ambiguousNumber(number, found.orders);
  if (found.kind === 'none') {
    throw notFound('order_not_found', `No order has the number "${number}". Check the slip.`, {
      number,
    });
  }
  return { id: found.order.id };
}
