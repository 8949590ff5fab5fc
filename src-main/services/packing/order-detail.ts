import type { OrderDetail, OrderEvent } from '../../contract/orders';
import { isFullyShort } from '../../domain/orders';
import { deviceLabel } from '../../domain/device-label';
import type { Db } from '../../platform/database';
import { notFound } from '../../domain/errors';
import { photoPath } from '../images/image-cache';
import { detailLines, orderHeader, pickEvents, recordedEvents } from '../../store/order-detail';
import { orderByNumber } from '../../store/orders';
import { shipmentsOf } from '../../store/shipments';
import { ambiguousNumber } from '../scanning/order-number';

export const orderNotFound = (id: number) =>
  notFound('order_not_found', `There is no order ${id}.`, { id });

/** The order as the packing screen shows it: lines with their bins, its history, its shipments. */
export function orderDetail(db: Db, id: number): OrderDetail {
  const order = orderHeader(db, id);
  if (!order) throw orderNotFound(id);
  const items = detailLines(db, id);
  return {
    ...order,
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

/** order_events plus the picks that filled this order's lines, newest first. */
function orderHistory(db: Db, orderId: number): OrderEvent[] {
  // Both lists are newest first already; a stable sort keeps that order within equal times.
  return [...recordedEvents(db, orderId), ...pickEvents(db, orderId)]
    .map((e) => ({ ...e, detail: withDeviceLabel(e.detail) }))
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
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
