import { z } from 'zod';
import { ORDER_STATUSES } from '../domain/orders';
import { code, isoTime, qty, requestId } from './common';
import { route } from './route';

const PICKERS = ['picker'] as const;
const tags = ['picking'];

export const allocation = z.object({
  order_id: z.number(),
  order_number: z.string(),
  item_id: z.number(),
  qty: z.number(),
});

export const picklistSku = z.object({
  sku: z.string(),
  title: z.string(),
  subcategory: z.string().nullable(),
  image_url: z.string().nullable(),
  image: z
    .string()
    .nullable()
    .describe("The station's copy of image_url (GET /api/images/{key}), null until it has one."),
  barcode: z.string().nullable(),
  bin_location: z.string().nullable(),
  qty_ordered: z.number(),
  qty_picked: z.number(),
  qty_short: z.number(),
  qty_remaining: z.number(),
  order_count: z.number(),
});
export type PicklistSku = z.infer<typeof picklistSku>;

const picklistAnswer = z.object({
  categories: z.array(z.object({ name: z.string(), skus: z.array(picklistSku) })),
});
export type Picklist = z.infer<typeof picklistAnswer>;
export type PicklistCategory = Picklist['categories'][number];

const pickerToday = z.object({
  picker: z.string().nullable().describe('null: a user since deleted'),
  units_picked: z.number(),
  units_short: z.number(),
});

export const picklistStatsAnswer = z.object({
  open_orders: z.number(),
  ready_to_pack: z.number(),
  skus_remaining: z.number(),
  units_remaining: z.number(),
  units_picked_today: z.number(),
  units_short_today: z.number(),
  by_picker: z.array(pickerToday),
});
export type TodayStats = z.infer<typeof picklistStatsAnswer>;

const skuOrder = z.object({
  order_id: z.number(),
  number: z.string(),
  customer_name: z.string().nullable(),
  created_at: isoTime,
  status: z.enum(ORDER_STATUSES),
  qty_ordered: z.number(),
  qty_picked: z.number(),
  qty_short: z.number(),
  qty_remaining: z.number(),
});
const skuOrders = z.object({ sku: z.string(), title: z.string(), orders: z.array(skuOrder) });
export type SkuOrder = z.infer<typeof skuOrder>;
export type SkuOrders = z.infer<typeof skuOrders>;

export const pickAnswer = z.object({
  sku: z.string(),
  qty: z.number(),
  event_id: z.number(),
  allocations: z.array(allocation),
  ready_orders: z.array(z.number()),
});
export type PickAnswer = z.infer<typeof pickAnswer>;

const undoAnswer = z.object({
  event_id: z.number(),
  sku: z.string(),
  qty: z.number(),
  allocations: z.array(allocation),
  reopened_orders: z.array(z.number()),
});
export type UndoAnswer = z.infer<typeof undoAnswer>;

const shortAnswer = z.object({
  sku: z.string(),
  qty_short: z.number(),
  exception_id: z.number(),
  allocations: z.array(allocation),
  ready_orders: z.array(z.number()),
  needs_count: z
    .boolean()
    .describe('The ledger says units are on hand, so the shelf should be counted.'),
});
export type ShortAnswer = z.infer<typeof shortAnswer>;

const shortUndoAnswer = z.object({
  exception_id: z.number(),
  sku: z.string(),
  qty_short: z.number(),
  allocations: z.array(allocation),
  reopened_orders: z.array(z.number()),
  needs_count: z
    .boolean()
    .describe('Whether the SKU still waits for a cycle count (another short raised it too).'),
});
export type ShortUndoAnswer = z.infer<typeof shortUndoAnswer>;

export const picklist = route({
  method: 'GET',
  path: '/api/picklist',
  access: PICKERS,
  tags,
  summary: 'One pick list for all open warehouse orders, grouped by category.',
  query: z.object({ include_done: z.stringbool().optional() }),
  response: picklistAnswer,
});

export const picklistStats = route({
  method: 'GET',
  path: '/api/picklist/stats',
  access: PICKERS,
  tags,
  summary: "Today's picking at a glance.",
  response: picklistStatsAnswer,
});

export const ordersForSku = route({
  method: 'GET',
  path: '/api/picklist/:sku/orders',
  access: ['picker', 'packer'],
  tags,
  summary: 'The open orders behind one SKU, in the order picks fill them.',
  params: z.object({ sku: code }),
  response: skuOrders,
});

export const pick = route({
  method: 'POST',
  path: '/api/pick',
  access: PICKERS,
  tags,
  summary:
    'Pick units of a SKU (or barcode): oldest orders first. 409 over_pick beyond what remains.',
  body: z.object({ sku: code, qty, request_id: requestId }),
  response: pickAnswer,
});

export const undoPick = route({
  method: 'POST',
  path: '/api/pick/undo',
  access: PICKERS,
  tags,
  summary: 'Reverse one pick exactly. 409 if an order it filled is already packed.',
  body: z.object({ event_id: z.int().positive() }),
  response: undoAnswer,
});

export const notInStock = route({
  method: 'POST',
  path: '/api/not-in-stock',
  access: PICKERS,
  tags,
  summary: 'Mark units short (all remaining without qty): newest orders first.',
  body: z.object({ sku: code, qty: qty.optional(), request_id: requestId }),
  response: shortAnswer,
});

export const undoNotInStock = route({
  method: 'POST',
  path: '/api/not-in-stock/undo',
  access: PICKERS,
  tags,
  summary:
    'Reverse one "not in stock" exactly: its units are to pick again and its stock exception goes. 409 if an order it touched is already packed.',
  body: z.object({ exception_id: z.int().positive(), request_id: requestId }),
  response: shortUndoAnswer,
});
