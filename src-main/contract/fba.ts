import { z } from 'zod';
import { FBA_SHIPMENT_STATUSES } from '../domain/stock';
import { code, idParam, isoTime, ONE_LINE, pageQuery, qty } from './common';
import { ADMIN, route } from './route';

const tags = ['fba'];

/** The most items one plan holds, as many as a purchase order. */
export const FBA_MAX_ITEMS = 1000;

const status = z.enum(FBA_SHIPMENT_STATUSES);

export const fbaShipmentItem = z.object({
  sku: z.string(),
  title: z.string(),
  quantity: z.number(),
  quantity_received: z.number().describe('What Amazon reported as received'),
});
export type FbaShipmentItem = z.infer<typeof fbaShipmentItem>;

const fbaHeader = z.object({
  id: z.number(),
  name: z.string(),
  status,
  amazon_shipment_id: z.string().nullable().describe('Set once Amazon has the plan'),
  destination_fc: z.string().nullable().describe('The fulfilment centre Amazon chose'),
  shipped_at: isoTime.nullable().describe('When the stock left the warehouse'),
  created_at: isoTime,
  updated_at: isoTime,
});

export const fbaShipment = fbaHeader.extend({ items: z.array(fbaShipmentItem) });
export type FbaShipment = z.infer<typeof fbaShipment>;

export const fbaShipmentSummary = fbaHeader.extend({
  item_count: z.number(),
  units: z.number(),
});
export type FbaShipmentSummary = z.infer<typeof fbaShipmentSummary>;

const fbaQuery = z.object({ status: status.optional(), ...pageQuery });
export type FbaShipmentQuery = z.infer<typeof fbaQuery>;

/** Each SKU once: a plan names its items by SKU. */
const items = z
  .array(z.object({ sku: code, quantity: qty }))
  .min(1)
  .max(FBA_MAX_ITEMS)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (seen.has(item.sku))
        ctx.addIssue({ code: 'custom', path: [i, 'sku'], message: 'is on the plan twice' });
      seen.add(item.sku);
    });
  });
export type FbaItems = z.output<typeof items>;

const name = z.string().trim().min(1).max(200).regex(ONE_LINE, 'must be one line of plain text');

export const newFbaShipment = z.object({ name: name.optional(), items }).strict();
export type NewFbaShipment = z.output<typeof newFbaShipment>;

export const listFbaShipments = route({
  method: 'GET',
  path: '/api/fba-shipments',
  access: ADMIN,
  tags,
  summary: 'FBA inbound plans, newest first, by status when asked.',
  query: fbaQuery,
  response: z.object({
    items: z.array(fbaShipmentSummary),
    total: z.number(),
    page: z.number(),
    page_size: z.number(),
  }),
});

export const createFbaShipment = route({
  method: 'POST',
  path: '/api/fba-shipments',
  access: ADMIN,
  tags,
  summary:
    'A DRAFT plan to send stock to Amazon; without a name it is called FBA- and its id in six digits. 404 unknown_sku.',
  status: 201,
  body: newFbaShipment,
  response: fbaShipment,
});

export const getFbaShipment = route({
  method: 'GET',
  path: '/api/fba-shipments/:id',
  access: ADMIN,
  tags,
  summary: 'One plan with its items.',
  params: idParam,
  response: fbaShipment,
});

export const updateFbaShipment = route({
  method: 'PUT',
  path: '/api/fba-shipments/:id',
  access: ADMIN,
  tags,
  summary:
    'Moves the status one step: DRAFT → SUBMITTED → IN_TRANSIT → RECEIVED, or to CANCELLED from DRAFT or SUBMITTED; any other move is 409 invalid_transition. Moving to IN_TRANSIT takes the items off the warehouse stock (a SHIP in the ledger per item, reference fba_shipment), or is 409 short_stock naming the SKUs with less on hand than planned. name and items may change only while DRAFT (409 not_draft); new items replace the old ones.',
  params: idParam,
  body: z
    .object({ status: status.optional(), name: name.optional(), items: items.optional() })
    .strict()
    .refine((b) => Object.keys(b).length > 0, 'send a status, a name or items'),
  response: fbaShipment,
});

export const fbaShipmentLabels = route({
  method: 'GET',
  path: '/api/fba-shipments/:id/labels',
  access: ADMIN,
  tags,
  summary:
    'A 4×6 label per item for the box that carries it: ship-from, the plan, the SKU as a CODE128 barcode and the units. Not Amazon’s FBA box labels: those come with an inbound plan submitted to Amazon, which the station does not do yet.',
  params: idParam,
  response: {
    description: 'The box labels',
    content: { 'application/pdf': { schema: z.string().describe('PDF document') } },
  },
});
