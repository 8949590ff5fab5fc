import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { StationContext } from '../../context';
import type { Actor } from '../../services/picking/picking-service';
import { PickingService } from '../../services/picking/picking-service';
import { ordersForSku, picklist, picklistStats } from '../../services/picking/picklist';
import { signedInUser } from '../access';

const PICKERS = ['picker'] as const;
const code = z.string().trim().min(1).max(128);
const qty = z.int().positive().max(100_000);
const requestId = z.string().min(1).max(64).optional();

const allocation = z.object({
  order_id: z.number(),
  order_number: z.string(),
  item_id: z.number(),
  qty: z.number(),
});

/** Who did it, and from which handheld (the picker UI sends a stable X-Station-Device id). */
export function actorOf(req: FastifyRequest): Actor {
  const user = signedInUser(req);
  const device = req.headers['x-station-device'];
  return {
    userId: user.id,
    username: user.username,
    device:
      (typeof device === 'string' ? device : (req.headers['user-agent'] ?? null))?.slice(0, 120) ??
      null,
  };
}

export const pickingRoutes =
  (ctx: StationContext): FastifyPluginAsyncZod =>
  async (app) => {
    const picking = new PickingService(ctx.db, ctx.writes, ctx.bus);
    const config = { access: PICKERS };

    app.get(
      '/api/picklist',
      {
        config,
        schema: {
          tags: ['picking'],
          summary: 'One pick list for all open warehouse orders, grouped by category.',
          querystring: z.object({ include_done: z.stringbool().optional() }),
        },
      },
      async (req) => picklist(ctx.db, req.query.include_done ?? false),
    );

    app.get(
      '/api/picklist/stats',
      { config, schema: { tags: ['picking'], summary: "Today's picking at a glance." } },
      async () => picklistStats(ctx.db),
    );

    app.get(
      '/api/picklist/:sku/orders',
      {
        config: { access: ['picker', 'packer'] },
        schema: {
          tags: ['picking'],
          summary: 'The open orders behind one SKU, in the order picks fill them.',
          params: z.object({ sku: code }),
        },
      },
      async (req) => ordersForSku(ctx.db, req.params.sku),
    );

    app.post(
      '/api/pick',
      {
        config,
        // Every pick is recorded with who, when and which handheld (pick_events); an access-log
        // line for each as well cost a tenth of the station's time in a rush. Errors still log.
        logLevel: 'warn',
        schema: {
          tags: ['picking'],
          summary:
            'Pick units of a SKU (or barcode): oldest orders first. 409 over_pick beyond what remains.',
          body: z.object({ sku: code, qty, request_id: requestId }),
          response: {
            200: z.object({
              sku: z.string(),
              qty: z.number(),
              event_id: z.number(),
              allocations: z.array(allocation),
              ready_orders: z.array(z.number()),
            }),
          },
        },
      },
      async (req) => picking.pick(req.body.sku, req.body.qty, actorOf(req), req.body.request_id),
    );

    app.post(
      '/api/pick/undo',
      {
        config,
        schema: {
          tags: ['picking'],
          summary: 'Reverse one pick exactly. 409 if an order it filled is already packed.',
          body: z.object({ event_id: z.int().positive() }),
        },
      },
      async (req) => picking.undo(req.body.event_id, actorOf(req)),
    );

    app.post(
      '/api/not-in-stock',
      {
        config,
        schema: {
          tags: ['picking'],
          summary: 'Mark units short (all remaining without qty): newest orders first.',
          body: z.object({ sku: code, qty: qty.optional(), request_id: requestId }),
        },
      },
      async (req) =>
        picking.notInStock(req.body.sku, req.body.qty, actorOf(req), req.body.request_id),
    );

    app.post(
      '/api/not-in-stock/undo',
      {
        config,
        schema: {
          tags: ['picking'],
          summary:
            'Reverse one "not in stock" exactly: its units are to pick again and its stock exception goes. 409 if an order it touched is already packed.',
          body: z.object({ exception_id: z.int().positive(), request_id: requestId }),
          response: {
            200: z.object({
              exception_id: z.number(),
              sku: z.string(),
              qty_short: z.number(),
              allocations: z.array(allocation),
              reopened_orders: z.array(z.number()),
              needs_count: z.boolean(),
            }),
          },
        },
      },
      async (req) => picking.undoShort(req.body.exception_id, actorOf(req), req.body.request_id),
    );
  };
