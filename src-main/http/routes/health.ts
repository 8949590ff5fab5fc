import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { StationContext } from '../../context';

export const healthRoutes =
  (ctx: StationContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/health',
      {
        config: { access: 'public' },
        schema: {
          tags: ['health'],
          summary: 'Is the station up? needs_setup is true until the first admin exists.',
          response: {
            200: z.object({
              status: z.literal('ok'),
              version: z.string(),
              needs_setup: z.boolean(),
              /** The station is showing its own demo feed (serve --demo, no storefront set up). */
              demo: z.boolean(),
            }),
          },
        },
      },
      async () => ({
        status: 'ok' as const,
        version: ctx.version,
        needs_setup: ctx.users.isEmpty(),
        demo: ctx.storefront.mode() === 'demo',
      }),
    );
  };
