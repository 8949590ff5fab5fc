import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { StationContext } from '../../context';
import { ADMIN, signedInUser } from '../access';

const count = z.number().int();
const runView = z.object({
  id: z.number(),
  source: z.literal('storefront'),
  trigger: z.enum(['manual', 'schedule', 'startup']),
  started_at: z.string(),
  finished_at: z.string().nullable(),
  status: z.enum(['running', 'ok', 'error']),
  products_upserted: count,
  orders_created: count,
  orders_updated: count,
  orders_cancelled: count,
  orders_skipped: count,
  error: z.string().nullable(),
  log: z.array(z.string()),
  warnings: z
    .array(
      z.object({
        code: z.literal('duplicate_order_number'),
        message: z.string(),
        order_number: z.string(),
        order_ids: z.array(z.number()),
      }),
    )
    .describe('Orders imported that share a number: a scan of it asks which one is meant'),
});

export const syncRoutes =
  (ctx: StationContext): FastifyPluginAsyncZod =>
  async (app) => {
    const config = { access: ADMIN };

    app.post(
      '/api/admin/sync',
      {
        config,
        schema: {
          tags: ['admin'],
          summary:
            'Import the storefront feed now. 409 sync_running while a run is going, storefront_not_configured before setup.',
          response: { 202: z.object({ run_id: z.number() }) },
        },
      },
      async (req, reply) => {
        const { id } = await ctx.sync.start('manual', signedInUser(req).id);
        return reply.code(202).send({ run_id: id });
      },
    );

    app.get(
      '/api/admin/sync-status',
      {
        config,
        schema: {
          tags: ['admin'],
          summary:
            'Whether a sync is running, the last finished run (counts, error, log) and the next scheduled one.',
          response: {
            200: z.object({
              running: z.boolean(),
              current_run: z
                .object({ id: z.number(), trigger: runView.shape.trigger, started_at: z.string() })
                .nullable(),
              last_run: runView.nullable(),
              next_run_at: z.string().nullable(),
              mode: z.enum(['storefront', 'demo', 'none']),
            }),
          },
        },
      },
      async () => ctx.sync.status(),
    );

    app.get(
      '/api/admin/sync-runs',
      {
        config,
        schema: {
          tags: ['admin'],
          summary: 'Storefront sync history, newest first.',
          querystring: z.object({ limit: z.coerce.number().int().min(1).max(200).default(20) }),
          response: { 200: z.object({ runs: z.array(runView) }) },
        },
      },
      async (req) => ({ runs: ctx.sync.history(req.query.limit) }),
    );
  };
