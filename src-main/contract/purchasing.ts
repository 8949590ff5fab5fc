import { z } from 'zod';
import { DEFAULT_LEAD_TIME_DAYS, SALES_WINDOW_DAYS } from '../domain/purchasing';
import { PO_STATUSES } from '../domain/stock';
import {
  code,
  day,
  id,
  idParam,
  isoTime,
  money,
  MONEY_NOTE,
  ONE_LINE,
  optionalLine,
  pageQuery,
  qty,
} from './common';
import { ADMIN, route } from './route';

const tags = ['purchasing'];

/** The most lines one purchase order holds: a suggestion never proposes more. */
export const PO_MAX_LINES = 1000;

const supplierFields = z.object({
  name: z.string().trim().min(1).max(200).regex(ONE_LINE, 'must be one line of plain text'),
  email: z
    .union([z.literal(''), z.email().max(254)])
    .transform((v) => v || null)
    .nullable(),
  phone: optionalLine(40),
  lead_time_days: z
    .int()
    .min(0)
    .max(365)
    .nullable()
    .describe('Days from sending an order to its delivery'),
  notes: optionalLine(500),
});
export type SupplierFields = z.output<typeof supplierFields>;

export const supplier = z.object({
  id: z.number(),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  lead_time_days: z.number().nullable(),
  notes: z.string().nullable(),
  created_at: isoTime,
});
export type Supplier = z.infer<typeof supplier>;

export const listSuppliers = route({
  method: 'GET',
  path: '/api/suppliers',
  access: ADMIN,
  tags,
  summary: 'Every supplier, by name.',
  response: z.array(supplier),
});

export const createSupplier = route({
  method: 'POST',
  path: '/api/suppliers',
  access: ADMIN,
  tags,
  summary: 'Add a supplier; only the name is required.',
  status: 201,
  body: supplierFields.partial().required({ name: true }).strict(),
  response: supplier,
});

export const updateSupplier = route({
  method: 'PUT',
  path: '/api/suppliers/:id',
  access: ADMIN,
  tags,
  summary: 'Change any subset of the fields; null or "" clears an optional one. 404 when unknown.',
  params: idParam,
  body: supplierFields.partial().strict(),
  response: supplier,
});

const status = z.enum(PO_STATUSES);
const unitCost = z.number().describe('Currency units (decimal), stored as cents');

export const purchaseOrderLine = z.object({
  sku: z.string(),
  title: z.string(),
  quantity_ordered: z.number(),
  quantity_received: z.number(),
  unit_cost: unitCost,
  line_total: unitCost.describe('quantity_ordered × unit_cost, in currency units'),
});
export type PurchaseOrderLine = z.infer<typeof purchaseOrderLine>;

const poHeader = z.object({
  id: z.number(),
  po_number: z.string().describe('PO- and the id in six digits, like PO-000123'),
  status,
  expected_delivery: day.nullable(),
  notes: z.string().nullable(),
  created_by: z.string().nullable().describe('The username; null for a deleted user'),
  created_at: isoTime,
  updated_at: isoTime,
  total: unitCost.describe('The sum of the line totals, in currency units'),
});

export const purchaseOrder = poHeader.extend({
  supplier,
  lines: z.array(purchaseOrderLine),
});
export type PurchaseOrder = z.infer<typeof purchaseOrder>;

export const purchaseOrderSummary = poHeader.extend({
  supplier_id: z.number(),
  supplier_name: z.string(),
  line_count: z.number(),
  units_ordered: z.number(),
  units_received: z.number(),
});
export type PurchaseOrderSummary = z.infer<typeof purchaseOrderSummary>;

const poQuery = z.object({
  status: status.optional(),
  supplier_id: id.optional(),
  ...pageQuery,
});
export type PurchaseOrderQuery = z.infer<typeof poQuery>;

export const listPurchaseOrders = route({
  method: 'GET',
  path: '/api/purchase-orders',
  access: ADMIN,
  tags,
  summary: 'Purchase orders, newest first, by status and supplier when asked.',
  query: poQuery,
  response: z.object({
    items: z.array(purchaseOrderSummary),
    total: z.number(),
    page: z.number(),
    page_size: z.number(),
  }),
});

/** Each SKU once: receiving names lines by SKU. */
const newLines = z
  .array(
    z.object({
      sku: code,
      quantity: qty,
      unit_cost: money.describe(MONEY_NOTE),
    }),
  )
  .min(1)
  .max(PO_MAX_LINES)
  .superRefine((lines, ctx) => {
    const seen = new Set<string>();
    lines.forEach((line, i) => {
      if (seen.has(line.sku))
        ctx.addIssue({ code: 'custom', path: [i, 'sku'], message: 'is on the order twice' });
      seen.add(line.sku);
    });
  });

export const newPurchaseOrder = z
  .object({
    supplier_id: z.int().positive(),
    expected_delivery: day.nullable().optional(),
    notes: optionalLine(500).optional(),
    lines: newLines,
  })
  .strict();
export type NewPurchaseOrder = z.output<typeof newPurchaseOrder>;

export const createPurchaseOrder = route({
  method: 'POST',
  path: '/api/purchase-orders',
  access: ADMIN,
  tags,
  summary:
    'A DRAFT purchase order; unit_cost in currency units. 404 unknown_supplier or unknown_sku.',
  status: 201,
  body: newPurchaseOrder,
  response: purchaseOrder,
});

export const getPurchaseOrder = route({
  method: 'GET',
  path: '/api/purchase-orders/:id',
  access: ADMIN,
  tags,
  summary: 'One purchase order with its supplier and lines.',
  params: idParam,
  response: purchaseOrder,
});

export const movePurchaseOrder = route({
  method: 'PUT',
  path: '/api/purchase-orders/:id',
  access: ADMIN,
  tags,
  summary:
    'Moves the status one step: DRAFT → SENT → CONFIRMED → IN_TRANSIT → RECEIVED, or to CANCELLED from any of the open ones; any other move is 409 invalid_transition. RECEIVED by hand closes the order as it stands: what did not arrive stops counting as incoming and no stock is booked (receiving books stock).',
  params: idParam,
  body: z.object({ status }).strict(),
  response: purchaseOrder,
});

export const receivePurchaseOrder = route({
  method: 'POST',
  path: '/api/purchase-orders/:id/receive',
  access: ADMIN,
  tags,
  summary:
    'Books arrived units: a RECEIVE in the ledger per line (reference purchase_order). sku may also be a scanned barcode of a product on the order. Partial receipts add up; the order becomes RECEIVED once every line has arrived in full. 409 over_receipt when a line would exceed what was ordered, unless allow_over; 409 not_on_order for a SKU the order lacks; 409 cannot_receive on a DRAFT, RECEIVED or CANCELLED order.',
  params: idParam,
  body: z
    .object({
      lines: z
        .array(z.object({ sku: code, quantity: qty }))
        .min(1)
        .max(PO_MAX_LINES),
      allow_over: z.boolean().optional().describe('Book more than was ordered'),
    })
    .strict(),
  response: purchaseOrder,
});

export const purchaseOrderPdf = route({
  method: 'GET',
  path: '/api/purchase-orders/:id/pdf',
  access: ADMIN,
  tags,
  summary: 'The purchase order as a PDF to send to the supplier: supplier, lines and total.',
  params: idParam,
  query: z.object({ size: z.enum(['letter', 'a4']).default('letter') }),
  response: {
    description: 'The purchase order',
    content: { 'application/pdf': { schema: z.string().describe('PDF document') } },
  },
});

export const suggestedLine = z.object({
  sku: z.string(),
  title: z.string(),
  available: z.number(),
  incoming: z.number().describe('Already on open purchase orders; not subtracted'),
  reorder_point: z.number(),
  reorder_qty: z.number(),
  sold: z.number().describe(`Units sold over the last ${SALES_WINDOW_DAYS} days`),
  quantity: z.number().describe('What to order'),
  unit_cost: z.number().nullable().describe('The product’s cost, in currency units, if known'),
});
export type SuggestedLine = z.infer<typeof suggestedLine>;

export const suggestPurchaseOrder = route({
  method: 'GET',
  path: '/api/purchase-orders/suggest',
  access: ADMIN,
  tags,
  summary: `Lines for a new order from this supplier: every active SKU at or below its reorder point (available <= reorder_point), quantity = max(reorder_qty, ceil(sold × lead_time_days / ${SALES_WINDOW_DAYS}) + reorder_point − available), where sold is the units of warehouse orders (not FBA, not cancelled, less units marked short) placed in the last ${SALES_WINDOW_DAYS} days and lead_time_days is the supplier's (${DEFAULT_LEAD_TIME_DAYS} when it has none). Products are not linked to suppliers, so every low SKU is proposed; SKUs whose quantity comes to 0 are left out. At most ${PO_MAX_LINES} lines, by SKU.`,
  query: z.object({ supplier_id: id }),
  response: z.object({
    supplier_id: z.number(),
    lead_time_days: z.number().describe('The lead time the quantities assume'),
    lead_time_assumed: z.boolean().describe('The supplier has no lead time: the default was used'),
    lines: z.array(suggestedLine),
  }),
});
