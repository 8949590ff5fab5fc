import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { StationContext } from '../../context';
import { ADMIN } from '../access';

/**
 * Admin → Jobs: every scheduled job, when it runs next and how its last runs went. Only the
 * storefront sync exists yet; the Amazon jobs join this list when they arrive.
 */
export const jobRoutes =
  (ctx: StationContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/admin/jobs',
      {
        config: { access: ADMIN },
        schema: { tags: ['admin'], summary: 'The schedule and the last runs of each job.' },
      },
      async () => {
        const status = ctx.sync.status();
        return {
          jobs: [
            {
              name: 'storefront_sync',
              title: 'Import storefront orders',
              schedule:
                status.mode === 'none'
                  ? null
                  : `every ${ctx.settings.station().sync_interval_minutes} minutes`,
              mode: status.mode,
              running: status.running,
              next_run_at: status.next_run_at,
              last_runs: ctx.sync.history(10),
            },
          ],
        };
      },
    );
  };
