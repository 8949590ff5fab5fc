import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { StationContext } from '../../context';
import { ADMIN } from '../access';

/** Admin → Jobs: every job the runner has, when it runs next and how its last runs went. */
export const jobRoutes =
  (ctx: StationContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/admin/jobs',
      {
        config: { access: ADMIN },
        schema: { tags: ['admin'], summary: 'The schedule and the last runs of each job.' },
      },
      async () => ({ jobs: ctx.jobs.list() }),
    );
  };
