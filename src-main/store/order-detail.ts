import type { OrderDetail, OrderEvent, OrderItem } from '../contract/orders';
import type { ShippingAddress } from '../domain/orders';
import { prepared } from '../platform/prepared';
import type { ReadDb } from './db';

/** The order itself, without the lines, history and shipments the detail adds. */
export type OrderHeader = Omit<OrderDetail, 'fully_short' | 'items' | 'events' | 'shipments'>;

type HeaderRow = Omit<OrderHeader, 'shipping_address' | 'pack_verified'> & {
  shipping_address: string | null;
  pack_verified: number | null;
};

export function orderHeader(db: ReadDb, id: number): OrderHeader | undefined {
  const order = prepared<[number], HeaderRow>(
    db,
    `select o.id, o.number, o.channel, o.external_order_id, o.status, o.customer_name, o.created_at,
            o.shipping_address, o.packed_at, u.username as packed_by, o.pack_verified, o.shipped_at,
            o.cancelled_at
       from orders o left join users u on u.id = o.packed_by where o.id = ?`,
  ).get(id);
  return (
    order && {
      ...order,
      shipping_address: order.shipping_address
        ? (JSON.parse(order.shipping_address) as ShippingAddress)
        : null,
      pack_verified: order.pack_verified === null ? null : order.pack_verified === 1,
    }
  );
}

/** A line with its product's bin and barcode; the photo is the product's URL, not yet a path. */
export type DetailLine = Omit<OrderItem, 'image'> & { image_url: string | null };

export function detailLines(db: ReadDb, orderId: number): DetailLine[] {
  return prepared<[number], DetailLine>(
    db,
    `select i.id, i.sku, i.title, p.barcode, p.bin_location, p.image_url, i.qty_ordered, i.qty_picked, i.qty_short,
            i.qty_packed, i.qty_verified, i.qty_return_to_shelf
       from order_items i join products p on p.id = i.product_id
      where i.order_id = ? order by i.id`,
  ).all(orderId);
}

/** The order's order_events, newest first. */
export function recordedEvents(db: ReadDb, orderId: number): OrderEvent[] {
  return prepared<[number], OrderEvent & { detail: string | null }>(
    db,
    `select e.type, e.created_at as at, u.username as by, e.detail
       from order_events e left join users u on u.id = e.user_id
      where e.order_id = ? order by e.id desc`,
  )
    .all(orderId)
    .map((e) => ({ ...e, detail: e.detail === null ? null : JSON.parse(e.detail) }));
}

interface PickRow {
  at: string;
  by: string | null;
  pick_event_id: number;
  sku: string;
  qty: number;
  device: string | null;
  undone_at: string | null;
  undone_by: string | null;
}

/**
 * The picks that filled this order's lines, newest first, as `picked` events. Picks write no
 * order_events (they are the hot path); their allocations already say who picked how many.
 */
export function pickEvents(db: ReadDb, orderId: number): OrderEvent[] {
  return prepared<[number], PickRow>(
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
      detail: { ...detail, undone: detail.undone_at !== null },
    }));
}
