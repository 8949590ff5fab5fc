import { z } from 'zod';
import { ADJUST_REASONS, MOVEMENT_TYPES } from '../domain/stock';
import { code, day, isoTime, pageQuery } from './common';
import { ADMIN, route } from './route';

const READERS = ['packer'] as const;
/**
 * Pickers carry the handhelds through the aisles, so they count shelves and move stock between
 * bins too; adjusting with a reason (damage, loss, a supplier's mistake) stays the admin's.
 */
const HANDHELD = ['picker'] as const;
const tags = ['inventory'];

export const skuParam = z.object({ sku: code.describe('The SKU exactly as stored') });

export const INVENTORY_SORTS = [
  'sku',
  '-sku',
  'title',
  '-title',
  'bin_location',
  '-bin_location',
  'on_hand',
  '-on_hand',
  'available',
  '-available',
] as const;
export type InventorySort = (typeof INVENTORY_SORTS)[number];

const listQuery = z.object({
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .describe('Part of the SKU, title, barcode or bin, ignoring case'),
  sort: z
    .enum(INVENTORY_SORTS)
    .default('sku')
    .describe('A field, ascending; a leading - for descending. Ties go by SKU.'),
  ...pageQuery,
});
export type InventoryQuery = z.infer<typeof listQuery>;

const units = (description: string) => z.number().describe(description);

/** One SKU's stock as every figure is derived from the ledger and the orders (DESIGN.md "Stock"). */
export const inventoryItem = z.object({
  sku: z.string(),
  title: z.string(),
  barcode: z.string().nullable(),
  bin_location: z.string().nullable(),
  on_hand: units('The sum of the SKU’s ledger.'),
  committed: units(
    'Units of open, ready-to-pack and packed warehouse orders (not FBA) neither shipped nor short.',
  ),
  available: units('on_hand − committed; negative when more is promised than is on the shelf.'),
  damaged: units(
    'Units written off as DAMAGE: minus the net of the SKU’s DAMAGE adjustments, never below 0. Already out of on_hand.',
  ),
  incoming: units('Units still to come on purchase orders that are not RECEIVED or CANCELLED.'),
  reorder_point: z.number(),
  reorder_qty: z.number(),
  needs_reorder: z.boolean().describe('available <= reorder_point'),
  needs_count: z
    .boolean()
    .describe('A shortage hit the SKU while the ledger said it was on hand: count it.'),
});
export type InventoryItem = z.infer<typeof inventoryItem>;

const pageOf = <T extends z.ZodType>(items: T) =>
  z.object({ items: z.array(items), total: z.number(), page: z.number(), page_size: z.number() });

export const list = route({
  method: 'GET',
  path: '/api/inventory',
  access: READERS,
  tags,
  summary: 'Stock per SKU, derived from the ledger; q searches SKU, title, barcode and bin.',
  query: listQuery,
  response: pageOf(inventoryItem),
});

export const combinedItem = inventoryItem.extend({
  fba_fulfillable: z.number(),
  fba_inbound: z.number().describe('Working, shipped and receiving at Amazon'),
  fba_reserved: z.number(),
  fba_unfulfillable: z.number(),
  fba_captured_at: isoTime.nullable().describe('When Amazon’s figures were read; null: never'),
  fbm_quantity: z
    .number()
    .describe('What Amazon may sell from the warehouse: max(0, available − safety buffer)'),
  total_available: z.number().describe('available + fba_fulfillable'),
});
export type CombinedItem = z.infer<typeof combinedItem>;

export const combined = route({
  method: 'GET',
  path: '/api/inventory/combined',
  access: READERS,
  tags,
  summary:
    'Warehouse stock beside Amazon’s, from the latest FBA inventory snapshot of each SKU (0 when none).',
  query: listQuery,
  response: pageOf(combinedItem),
});

export const lowStock = route({
  method: 'GET',
  path: '/api/inventory/low-stock',
  access: READERS,
  tags,
  summary: 'Active SKUs with available <= reorder_point.',
  query: listQuery,
  response: pageOf(inventoryItem),
});

const stockChange = z.object({
  sku: z.string(),
  movement_id: z.number().describe('The ledger row written'),
  quantity_before: z.number(),
  quantity_after: z.number(),
});
export type StockChange = z.infer<typeof stockChange>;

export const adjust = route({
  method: 'POST',
  path: '/api/inventory/:sku/adjust',
  access: ADMIN,
  tags,
  summary:
    'An ADJUST in the ledger with the type as its reason. FOUND and RETURN only add, DAMAGE and LOSS only remove (400 otherwise); 409 negative_stock when a removal would leave less than 0.',
  params: skuParam,
  body: z.object({
    type: z.enum(ADJUST_REASONS),
    quantity_change: z
      .int()
      .min(-1_000_000)
      .max(1_000_000)
      .refine((n) => n !== 0, 'must not be 0')
      .describe('Signed: negative takes units off'),
    reason: z.string().trim().max(500).optional().describe('A note: what happened'),
  }),
  response: stockChange,
});

export const count = route({
  method: 'POST',
  path: '/api/inventory/:sku/count',
  access: HANDHELD,
  tags,
  summary:
    'A cycle count: a RECOUNT adjustment for the difference (a COUNT of 0 when it matches, so the history shows who counted), and the SKU no longer needs a count.',
  params: skuParam,
  body: z.object({ counted: z.int().min(0).max(10_000_000) }),
  response: stockChange.extend({ difference: z.number() }),
});

export const toCount = route({
  method: 'GET',
  path: '/api/inventory/to-count',
  access: [...HANDHELD, ...READERS],
  tags,
  summary:
    'Active SKUs in the order a cycle count walks them: those flagged needs_count first, then by bin and SKU; q narrows as in GET /api/inventory.',
  query: listQuery.omit({ sort: true }),
  response: pageOf(inventoryItem),
});

export const bin = z.string().trim().min(1).max(64).describe('A bin’s name as its label reads');

/** One SKU moved to another bin: the MOVE written to the ledger. */
export const binMove = z.object({
  sku: z.string(),
  movement_id: z.number().describe('The MOVE row written'),
  from_bin: z.string().nullable(),
  to_bin: z.string(),
  quantity: z.number().describe('Units carried over, as recorded in the MOVE’s note'),
});
export type BinMove = z.infer<typeof binMove>;

export const move = route({
  method: 'POST',
  path: '/api/inventory/:sku/move',
  access: HANDHELD,
  tags,
  summary:
    'Moves the SKU to another bin: a MOVE in the ledger (on_hand unchanged, from_bin and to_bin set) and the product’s bin_location becomes to_bin, so the pick list sends pickers there at once. quantity defaults to what is on hand; 409 same_bin when the SKU is already there.',
  params: skuParam,
  body: z.object({
    to_bin: bin,
    quantity: z.int().min(1).max(10_000_000).optional(),
  }),
  response: binMove,
});

export const movement = z.object({
  id: z.number(),
  type: z.enum(MOVEMENT_TYPES),
  reason: z.enum(ADJUST_REASONS).nullable(),
  quantity_change: z.number(),
  quantity_before: z.number(),
  quantity_after: z.number(),
  from_bin: z.string().nullable(),
  to_bin: z.string().nullable(),
  reference_type: z.string().nullable(),
  reference_id: z.number().nullable(),
  note: z.string().nullable(),
  username: z.string().nullable().describe('null for the importer or a deleted user'),
  created_at: isoTime,
});
export type Movement = z.infer<typeof movement>;

export const history = route({
  method: 'GET',
  path: '/api/inventory/:sku/history',
  access: READERS,
  tags,
  summary: 'The SKU’s ledger, newest first.',
  params: skuParam,
  query: z.object(pageQuery),
  response: z.object({
    sku: z.string(),
    stock: inventoryItem.describe('The SKU’s figures now, as GET /api/inventory gives them'),
    movements: z.array(movement),
    total: z.number(),
    page: z.number(),
    page_size: z.number(),
  }),
});

export const exportLedger = route({
  method: 'GET',
  path: '/api/inventory/export',
  access: READERS,
  tags,
  summary: 'The ledger as CSV, oldest first; from and to are local days, both included.',
  query: z.object({ sku: code.optional(), from: day.optional(), to: day.optional() }),
  response: {
    description:
      'text/csv: id,created_at,sku,type,reason,quantity_change,quantity_before,quantity_after,from_bin,to_bin,reference_type,reference_id,note,username',
    content: { 'text/csv': { schema: z.string() } },
  },
});
