import { z } from 'zod';
import { CHANNELS, ORDER_STATUSES } from '../domain/orders';
import { code, isoTime, qty, requestId } from './common';
import { bin, binMove } from './inventory';
import { pickAnswer } from './picking';
import { route } from './route';

/** The shape the API and the `scan` event give an order listed under a shared number. */
export const numberedOrder = z.object({
  id: z.number(),
  number: z.string(),
  status: z.enum(ORDER_STATUSES),
  channel: z.enum(CHANNELS),
  customer_name: z.string().nullable(),
  created_at: isoTime,
});
export type NumberedOrder = z.infer<typeof numberedOrder>;

const scannedProduct = z.object({
  id: z.number(),
  sku: z.string(),
  title: z.string(),
  barcode: z.string().nullable(),
  bin_location: z.string().nullable(),
});
/** A product as a scan, a pick or a label needs it. */
export type ScannedProduct = z.infer<typeof scannedProduct>;

/** What a scanned code is: the answer of POST /api/scan and the `resolved` of a `scan` event. */
export const scanResolution = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('order'),
    order: z.object({ id: z.number(), number: z.string(), status: z.enum(ORDER_STATUSES) }),
  }),
  z.object({
    kind: z.literal('product'),
    match: z.enum(['barcode', 'sku']),
    product: scannedProduct,
  }),
  z.object({ kind: z.literal('bin'), bin: z.string(), products: z.array(scannedProduct) }),
  // Only in a `scan` event: POST /api/scan answers these with 409 ambiguous_number.
  z.object({
    kind: z.literal('ambiguous'),
    number: z.string(),
    orders: z.array(numberedOrder),
  }),
  z.object({ kind: z.literal('unknown'), code: z.string() }),
]);
export type ScanResolution = z.infer<typeof scanResolution>;
export type ScanKind = Exclude<ScanResolution['kind'], 'unknown' | 'ambiguous'>;

export const scan = route({
  method: 'POST',
  path: '/api/scan',
  access: ['picker', 'packer'],
  tags: ['scanning'],
  summary:
    'Resolve a scanned code (order number, product barcode, SKU, bin — in that order); action pick also picks the product, oldest orders first; action move (picker or admin) moves a scanned product, or everything in a scanned bin, to to_bin as POST /api/inventory/{sku}/move does. 409 ambiguous_number (details.order_ids) when orders share the number.',
  body: z
    .object({
      code,
      // receive and count come with receiving and the count screens' own routes.
      action: z.enum(['lookup', 'pick', 'move']),
      quantity: qty.optional().describe('pick: units picked; move of a product: units carried'),
      to_bin: bin.optional().describe('move only: where the stock goes'),
      request_id: requestId,
    })
    .refine((b) => b.action !== 'move' || b.to_bin !== undefined, {
      message: 'is required to move stock',
      path: ['to_bin'],
    }),
  response: scanResolution.and(
    z.object({
      pick: pickAnswer.optional().describe('action pick only: the answer of POST /api/pick'),
      moves: z
        .array(binMove)
        .optional()
        .describe('action move only: one MOVE per SKU carried to to_bin'),
    }),
  ),
});
