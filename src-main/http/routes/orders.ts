import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CHANNELS, ORDER_STATUSES } from '../../domain/orders';
import type { StationContext } from '../../context';
import { packingSlipsPdf } from '../../devices/pdf/packing-slips';
import { SLIP_SIZES, type SlipSize } from '../../domain/slips';
import { orderDetail, orderIdByNumber } from '../../services/packing/order-detail';
import { pendingShipment, readyToPack, searchOrders } from '../../services/packing/order-lists';
import { PackingService } from '../../services/packing/packing-service';
import { ShipmentCorrections } from '../../services/packing/shipment-corrections';
import { signedInUser } from '../access';
import { idParam } from './schemas';

const PACKERS = ['packer'] as const;
/** One PDF holds at most this many slips: a morning's batch, and a bounded render time. */
const MAX_BATCH = 500;
const orderIds = z.array(z.number().int().positive()).min(1).max(MAX_BATCH);
const slipSize = z
  .enum(SLIP_SIZES)
  .default('letter')
  .describe('letter, a4 or 4x6 (label printers)');
const requestId = z.string().min(1).max(64).optional();

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

export const orderRoutes =
  (ctx: StationContext): FastifyPluginAsyncZod =>
  async (app) => {
    const packing = new PackingService(ctx.db, ctx.writes, ctx.bus);
    const corrections = new ShipmentCorrections(ctx.db, ctx.writes, ctx.bus);
    const config = { access: PACKERS };
    const tags = ['packing'];

    app.get(
      '/api/orders/ready-to-pack',
      {
        config,
        schema: {
          tags,
          summary:
            'Orders with every line picked or short, oldest first; fully_short ones have nothing to pack.',
        },
      },
      async () => readyToPack(ctx.db),
    );

    app.get(
      '/api/orders/pending-shipment',
      {
        config,
        schema: { tags, summary: 'Packed orders not shipped yet, longest-waiting first.' },
      },
      async () => pendingShipment(ctx.db),
    );

    app.get(
      '/api/orders',
      {
        config,
        schema: {
          tags,
          summary:
            'All orders, newest first. q matches the number, customer, external id or a SKU in the order.',
          querystring: z.object({
            status: z.enum(ORDER_STATUSES).optional(),
            channel: z.enum(CHANNELS).optional(),
            q: z.string().trim().max(100).optional(),
            page: z.coerce.number().int().min(1).default(1),
            page_size: z.coerce.number().int().min(1).max(200).default(50),
          }),
        },
      },
      async (req) => searchOrders(ctx.db, req.query),
    );

    app.get(
      '/api/orders/by-number/:number',
      {
        config,
        schema: {
          tags,
          summary:
            'The order a packing-slip barcode names → {id}; 404 if none; 409 ambiguous_number (details.order_ids, details.orders) when orders share the number.',
          params: z.object({ number: z.string().trim().min(1).max(128) }),
        },
      },
      async (req) => orderIdByNumber(ctx.db, req.params.number),
    );

    app.get(
      '/api/orders/:id',
      {
        config,
        schema: {
          tags,
          summary:
            'One order: lines with bins and scan counts, history (picks included), shipments.',
          params: idParam,
        },
      },
      async (req) => orderDetail(ctx.db, req.params.id),
    );

    app.post(
      '/api/orders/:id/verify-scan',
      {
        config,
        schema: {
          tags,
          summary:
            'One scan while packing (barcode or SKU), or qty units typed or counted by hand (manual, recorded with who). 409 not_in_order for a wrong item, already_verified for more than was picked.',
          params: idParam,
          body: z.object({
            code: z.string().trim().min(1).max(128),
            qty: z.number().int().min(1).max(100_000).optional().describe('Units; 1 for a scan'),
            manual: z
              .boolean()
              .optional()
              .describe("Typed or counted by hand: the order's history records who"),
          }),
        },
      },
      async (req) =>
        packing.verifyScan(req.params.id, req.body.code, {
          qty: req.body.qty,
          byHand: req.body.manual ? signedInUser(req) : undefined,
        }),
    );

    app.post(
      '/api/orders/:id/verify-reset',
      {
        config,
        schema: { tags, summary: "Start the order's scanning over.", params: idParam },
      },
      async (req) => packing.resetVerification(req.params.id),
    );

    app.post(
      '/api/orders/:id/mark-packed',
      {
        config,
        schema: {
          tags,
          summary:
            'Mark a ready order packed. 409 not_verified until every unit is scanned, unless skip_verification (recorded).',
          params: idParam,
          body: z
            .object({ skip_verification: z.boolean().optional(), request_id: requestId })
            // Nothing to say is a plain pack: the button sends no body at all.
            .nullish(),
        },
      },
      async (req) =>
        packing.markPacked(
          req.params.id,
          req.body?.skip_verification ?? false,
          signedInUser(req),
          req.body?.request_id,
        ),
    );

    app.post(
      '/api/orders/:id/ship',
      {
        config,
        schema: {
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
        },
      },
      async (req) => {
        const { shipping_cost, request_id, ...shipment } = req.body;
        return packing.ship(
          req.params.id,
          { ...shipment, shipping_cost_cents: shipping_cost },
          signedInUser(req),
          request_id,
        );
      },
    );

    const shipmentParams = idParam.extend({ shipment_id: idParam.shape.id });

    app.patch(
      '/api/orders/:id/shipments/:shipment_id',
      {
        config,
        schema: {
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
        },
      },
      async (req) => {
        const { shipping_cost, ...changes } = req.body;
        return corrections.edit(
          req.params.id,
          req.params.shipment_id,
          { ...changes, shipping_cost_cents: shipping_cost },
          signedInUser(req),
        );
      },
    );

    app.post(
      '/api/orders/:id/shipments/:shipment_id/void',
      {
        config,
        schema: {
          tags,
          summary:
            'Void a shipment: its SHIP movements reversed, the order packed again, a pending channel update cancelled. 409 already_confirmed once the channel was told.',
          params: shipmentParams,
        },
      },
      async (req) => corrections.void(req.params.id, req.params.shipment_id, signedInUser(req)),
    );

    const slips = async (reply: FastifyReply, orderIds: number[], size: SlipSize) => {
      const { pdf, filename } = await packingSlipsPdf(
        ctx.db,
        ctx.settings.station().seller,
        orderIds,
        size,
      );
      return (
        reply
          .type('application/pdf')
          // inline: the browser shows it and the Electron window prints it; the name is for Save as.
          .header('Content-Disposition', `inline; filename="${filename}"`)
          .header('Cache-Control', 'no-store')
          .send(pdf)
      );
    };

    app.get(
      '/api/orders/:id/packing-slip',
      {
        config,
        schema: {
          tags,
          summary:
            'The packing slip as a PDF: order barcode, ship-to, lines with packed and short quantities.',
          params: idParam,
          querystring: z.object({ size: slipSize }),
        },
      },
      async (req, reply) => slips(reply, [req.params.id], req.query.size),
    );

    const batchSummary =
      'Many packing slips in one PDF, each order on its own page(s), in the order given. 404 naming any id that is not an order.';

    app.post(
      '/api/orders/packing-slips',
      {
        config,
        schema: {
          tags,
          summary: batchSummary,
          body: z.object({ order_ids: orderIds, size: slipSize }),
        },
      },
      async (req, reply) => slips(reply, req.body.order_ids, req.body.size),
    );

    // The same as a link: the desktop window prints PDFs by URL, and a link can be bookmarked.
    app.get(
      '/api/orders/packing-slips',
      {
        config,
        schema: {
          tags,
          summary: `${batchSummary} ids is a comma-separated list.`,
          querystring: z.object({
            ids: z
              .string()
              .regex(/^\d+(,\d+)*$/, 'must be order ids separated by commas, e.g. 12,15,16')
              .transform((s) => s.split(',').map(Number))
              .pipe(orderIds),
            size: slipSize,
          }),
        },
      },
      async (req, reply) => slips(reply, req.query.ids, req.query.size),
    );
  };
