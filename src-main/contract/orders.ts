import { z } from 'zod';
import { CARRIERS } from '../domain/carrier';
import { CHANNELS, ORDER_STATUSES } from '../domain/orders';
import { SLIP_SIZES } from '../domain/slips';
import { code, idParam, isoTime, requestId } from './common';
import { route } from './route';

const PACKERS = ['packer'] as const;
const tags = ['packing'];

/** One PDF holds at most this many slips: a morning's batch, and a bounded render time. */
const MAX_BATCH = 500;
const orderIds = z.array(z.number().int().positive()).min(1).max(MAX_BATCH);
const slipSize = z
  .enum(SLIP_SIZES)
  .default('letter')
  .describe('letter, a4 or 4x6 (label printers)');

const tracking = z
  .string()
  .regex(/^[A-Za-z0-9 -]*$/, 'may use only letters, digits, spaces and dashes')
  // Typed with spaces ("9400 1000 …") or in lower case; carriers and Amazon know one form.
  .transform((s) => s.replaceAll(' ', '').toUpperCase())
  .pipe(z.string().min(1).max(64));

const carrier = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .describe('USPS, UPS, FedEx, DHL or Other; any carrier name is accepted');

const weightOz = z
  .number()
  .positive()
  .max(2400)
  .transform(Math.ceil)
  .describe('Rounded up to the whole ounce, as carriers bill');

/** Dollars as typed (8.95), stored as cents. */
const dollarsToCents = z
  .number()
  .min(0)
  .max(10_000)
  .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, 'must be dollars and cents')
  .transform((n) => Math.round(n * 100));

const shippingAddress = z.object({
  name: z.string().optional(),
  line1: z.string().optional(),
  line2: z.string().optional(),
  city: z.string().optional(),
  state: z.string().optional(),
  postal_code: z.string().optional(),
  country: z.string().optional(),
});

const orderHead = {
  id: z.number(),
  number: z.string(),
  channel: z.enum(CHANNELS),
  external_order_id: z.string(),
  status: z.enum(ORDER_STATUSES),
  customer_name: z.string().nullable(),
  created_at: isoTime,
  packed_at: isoTime.nullable(),
  packed_by: z.string().nullable(),
  pack_verified: z.boolean().nullable(),
  shipped_at: isoTime.nullable(),
  fully_short: z
    .boolean()
    .describe('Every unit ordered was marked short: nothing goes in the box.'),
};

/** One order as every list shows it: the packing queue, the shipping queue and the search. */
export const orderSummary = z.object({
  ...orderHead,
  lines: z
    .number()
    .describe('Lines still ordered: a line the storefront dropped stays at 0 and is not counted.'),
  units_ordered: z.number(),
  units_picked: z.number(),
  units_short: z.number(),
  units_packed: z.number(),
  verified_units: z.number().describe('Units scanned so far while packing.'),
});
export type OrderSummary = z.infer<typeof orderSummary>;

const orderPage = z.object({
  orders: z.array(orderSummary),
  total: z.number(),
  page: z.number(),
  page_size: z.number(),
});
export type OrderPage = z.infer<typeof orderPage>;

export const CHANNEL_SYNC_STATUSES = ['pending', 'ok', 'error', 'skipped', 'cancelled'] as const;
export type ChannelSyncStatus = (typeof CHANNEL_SYNC_STATUSES)[number];

/** A shipment as the API shows it: money in dollars as the packer typed it, stored in cents. */
export const shipment = z.object({
  id: z.number(),
  order_id: z.number(),
  carrier: z.string(),
  tracking_number: z.string(),
  carrier_detected: z
    .enum(CARRIERS)
    .exclude(['Other'])
    .nullable()
    .describe("The carrier the tracking number's format belongs to; null when none we know."),
  weight_oz: z.number().nullable(),
  shipping_cost: z.number().nullable(),
  shipped_at: isoTime,
  shipped_by: z.string().nullable(),
  channel_sync_status: z.enum(CHANNEL_SYNC_STATUSES),
  channel_sync_error: z.string().nullable(),
  voided_at: isoTime
    .nullable()
    .describe('Set once voided: the record stays, its stock is back and the order is packed.'),
});
export type Shipment = z.infer<typeof shipment>;

const orderItem = z.object({
  id: z.number(),
  sku: z.string(),
  title: z.string(),
  barcode: z.string().nullable(),
  bin_location: z.string().nullable(),
  image: z.string().nullable().optional().describe("The station's copy of the product photo."),
  qty_ordered: z.number(),
  qty_picked: z.number(),
  qty_short: z.number(),
  qty_packed: z.number(),
  qty_verified: z.number(),
  qty_return_to_shelf: z.number(),
});
export type OrderItem = z.infer<typeof orderItem>;

const orderEvent = z.object({
  type: z.string(),
  at: isoTime,
  by: z.string().nullable().describe('The username; null for the importer or a deleted user.'),
  detail: z.unknown(),
});
export type OrderEvent = z.infer<typeof orderEvent>;

const orderDetailAnswer = z.object({
  ...orderHead,
  shipping_address: shippingAddress.nullable(),
  cancelled_at: isoTime.nullable(),
  items: z.array(orderItem),
  events: z.array(orderEvent),
  shipments: z.array(shipment),
});
export type OrderDetail = z.infer<typeof orderDetailAnswer>;

const verifyAnswer = z.object({
  order_id: z.number(),
  item_id: z.number(),
  sku: z.string(),
  qty_verified: z.number(),
  qty_to_pack: z
    .number()
    .describe('What is physically in the tote: the picked units (short units are not packed).'),
  complete: z.boolean().describe('Every line of the order is scanned.'),
});
export type VerifyAnswer = z.infer<typeof verifyAnswer>;

const packedAnswer = z.object({
  id: z.number(),
  status: z.literal('packed'),
  pack_verified: z.boolean(),
  packed_at: isoTime,
});
export type PackedAnswer = z.infer<typeof packedAnswer>;

const shipAnswer = shipment.extend({
  channel_update: z
    .enum(['queued', 'not_needed'])
    .describe('Amazon FBM orders are confirmed to Amazon in the background.'),
});
export type ShipAnswer = z.infer<typeof shipAnswer>;

const pdf = (description: string) => ({
  description,
  content: { 'application/pdf': { schema: z.string().describe('PDF document') } },
});

export const readyToPack = route({
  method: 'GET',
  path: '/api/orders/ready-to-pack',
  access: PACKERS,
  tags,
  summary:
    'Orders with every line picked or short, oldest first; fully_short ones have nothing to pack.',
  response: z.array(orderSummary),
});

export const pendingShipment = route({
  method: 'GET',
  path: '/api/orders/pending-shipment',
  access: PACKERS,
  tags,
  summary: 'Packed orders not shipped yet, longest-waiting first.',
  response: z.array(orderSummary),
});

export const searchOrders = route({
  method: 'GET',
  path: '/api/orders',
  access: PACKERS,
  tags,
  summary:
    'All orders, newest first. q matches the number, customer, external id or a SKU in the order.',
  query: z.object({
    status: z.enum(ORDER_STATUSES).optional(),
    channel: z.enum(CHANNELS).optional(),
    q: z.string().trim().max(100).optional(),
    page: z.coerce.number().int().min(1).default(1),
    page_size: z.coerce.number().int().min(1).max(200).default(50),
  }),
  response: orderPage,
});

export const orderByNumber = route({
  method: 'GET',
  path: '/api/orders/by-number/:number',
  access: PACKERS,
  tags,
  summary:
    'The order a packing-slip barcode names → {id}; 404 if none; 409 ambiguous_number (details.order_ids, details.orders) when orders share the number.',
  params: z.object({ number: code }),
  response: z.object({ id: z.number() }),
});

export const orderDetail = route({
  method: 'GET',
  path: '/api/orders/:id',
  access: PACKERS,
  tags,
  summary: 'One order: lines with bins and scan counts, history (picks included), shipments.',
  params: idParam,
  response: orderDetailAnswer,
});

export const verifyScan = route({
  method: 'POST',
  path: '/api/orders/:id/verify-scan',
  access: PACKERS,
  tags,
  summary:
    'One scan while packing (barcode or SKU), or qty units typed or counted by hand (manual, recorded with who). 409 not_in_order for a wrong item, already_verified for more than was picked.',
  params: idParam,
  body: z.object({
    code,
    qty: z.number().int().min(1).max(100_000).optional().describe('Units; 1 for a scan'),
    manual: z
      .boolean()
      .optional()
      .describe("Typed or counted by hand: the order's history records who"),
  }),
  response: verifyAnswer,
});

export const verifyReset = route({
  method: 'POST',
  path: '/api/orders/:id/verify-reset',
  access: PACKERS,
  tags,
  summary: "Start the order's scanning over.",
  params: idParam,
  response: z.object({ id: z.number(), complete: z.boolean() }),
});

export const markPacked = route({
  method: 'POST',
  path: '/api/orders/:id/mark-packed',
  access: PACKERS,
  tags,
  summary:
    'Mark a ready order packed. 409 not_verified until every unit is scanned, unless skip_verification (recorded).',
  params: idParam,
  body: z
    .object({ skip_verification: z.boolean().optional(), request_id: requestId })
    // Nothing to say is a plain pack: the button sends no body at all.
    .nullish(),
  response: packedAnswer,
});

export const ship = route({
  method: 'POST',
  path: '/api/orders/:id/ship',
  access: PACKERS,
  tags,
  summary:
    'Ship a packed order: the shipment, SHIP stock movements, and the channel told in the background.',
  params: idParam,
  body: z.object({
    carrier,
    tracking_number: tracking,
    weight_oz: weightOz.optional(),
    shipping_cost: dollarsToCents.optional().describe('In dollars, e.g. 8.95'),
    request_id: requestId,
  }),
  response: shipAnswer,
});

const shipmentParams = idParam.extend({ shipment_id: idParam.shape.id });

export const editShipment = route({
  method: 'PATCH',
  path: '/api/orders/:id/shipments/:shipment_id',
  access: PACKERS,
  tags,
  summary:
    "Correct a shipment (recorded in the order's history); carrier_detected names the carrier the tracking number looks like. 409 already_confirmed for carrier or tracking once the channel has them, shipment_voided for a voided one.",
  params: shipmentParams,
  body: z
    .object({
      carrier: carrier.optional(),
      tracking_number: tracking.optional(),
      weight_oz: weightOz.nullable().optional().describe('null clears it'),
      shipping_cost: dollarsToCents.nullable().optional().describe('null clears it'),
    })
    .strict(),
  response: shipment,
});

export const voidShipment = route({
  method: 'POST',
  path: '/api/orders/:id/shipments/:shipment_id/void',
  access: PACKERS,
  tags,
  summary:
    'Void a shipment: its SHIP movements reversed, the order packed again, a pending channel update cancelled. 409 already_confirmed once the channel was told.',
  params: shipmentParams,
  response: shipment,
});

export const packingSlip = route({
  method: 'GET',
  path: '/api/orders/:id/packing-slip',
  access: PACKERS,
  tags,
  summary:
    'The packing slip as a PDF: order barcode, ship-to, lines with packed and short quantities.',
  params: idParam,
  query: z.object({ size: slipSize }),
  response: pdf('The packing slip'),
});

const batchSummary =
  'Many packing slips in one PDF, each order on its own page(s), in the order given. 404 naming any id that is not an order.';

export const packingSlips = route({
  method: 'POST',
  path: '/api/orders/packing-slips',
  access: PACKERS,
  tags,
  summary: batchSummary,
  body: z.object({ order_ids: orderIds, size: slipSize }),
  response: pdf('The packing slips'),
});

// The same as a link: the desktop window prints PDFs by URL, and a link can be bookmarked.
export const packingSlipsLink = route({
  method: 'GET',
  path: '/api/orders/packing-slips',
  access: PACKERS,
  tags,
  summary: `${batchSummary} ids is a comma-separated list.`,
  query: z.object({
    ids: z
      .string()
      .regex(/^\d+(,\d+)*$/, 'must be order ids separated by commas, e.g. 12,15,16')
      .transform((s) => s.split(',').map(Number))
      .pipe(orderIds),
    size: slipSize,
  }),
  response: pdf('The packing slips'),
});
