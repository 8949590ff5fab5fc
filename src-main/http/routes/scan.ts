import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { StationContext } from '../../context';
import { notFound } from '../../domain/errors';
import { ambiguousNumber } from '../../services/scanning/order-number';
import { resolveScan, scanResolution } from '../../services/scanning/resolve';
import { actorOf } from './picking';

export const scanRoutes =
  (ctx: StationContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/scan',
      {
        config: { access: ['picker', 'packer'] },
        schema: {
          tags: ['scanning'],
          summary:
            'Resolve a scanned code (order number, product barcode, SKU, bin — in that order); action pick also picks the product, oldest orders first. 409 ambiguous_number (details.order_ids) when orders share the number.',
          body: z.object({
            code: z.string().trim().min(1).max(128),
            // receive, count and move come with the inventory work.
            action: z.enum(['lookup', 'pick']),
            quantity: z.int().positive().max(100_000).optional(),
            request_id: z.string().min(1).max(64).optional(),
          }),
          response: {
            200: scanResolution.and(
              z.object({
                pick: z
                  .unknown()
                  .optional()
                  .describe('action pick only: the answer of POST /api/pick'),
              }),
            ),
          },
        },
      },
      async (req) => {
        const { code, action, quantity = 1, request_id } = req.body;
        if (action === 'lookup') {
          const resolved = resolveScan(ctx.db, code);
          if (resolved.kind === 'ambiguous')
            throw ambiguousNumber(resolved.number, resolved.orders);
          return resolved;
        }
        const resolved = resolveScan(ctx.db, code, ['product']);
        if (resolved.kind !== 'product') {
          throw notFound(
            'unknown_product',
            `No product has the barcode or SKU "${code}". Check the label and scan again.`,
            { code },
          );
        }
        const pick = await ctx.picking.pick(code, quantity, actorOf(req), request_id);
        return { ...resolved, pick };
      },
    );
  };
