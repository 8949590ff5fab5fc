import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { FeedDocument } from '../../services/storefront/demo-feed';
import { DEMO_API_KEY, DEMO_FEED_PATH } from '../../services/storefront/demo-storefront';
import { fromThisMachine } from '../access';
import { sendError } from '../errors';

/**
 * `serve --demo` without a storefront: the station serves itself a feed shaped exactly like the
 * real one, so the demo goes through the same importer, paging and validation.
 */
export const demoStorefrontRoutes =
  (feedPages: FeedDocument[]): FastifyPluginAsyncZod =>
  async (app) => {
    // The station fetches it from itself; the LAN has no business reading the generated orders.
    app.addHook('onRequest', async (req, reply) => {
      if (!fromThisMachine(req.socket)) {
        return sendError(
          reply,
          403,
          'loopback_only',
          'The demo storefront is served only to the station PC itself.',
        );
      }
    });
    app.get(
      `${DEMO_FEED_PATH}/orders`,
      {
        config: { access: 'public' },
        schema: {
          hide: true,
          querystring: z.object({ page: z.coerce.number().int().positive().default(1) }),
        },
      },
      async (req, reply) => {
        if (req.headers.authorization !== `Bearer ${DEMO_API_KEY}`) {
          return sendError(reply, 401, 'unauthorized', 'The demo storefront needs its API key.');
        }
        const page = feedPages[req.query.page - 1];
        if (!page)
          return sendError(reply, 404, 'not_found', `The demo feed has ${feedPages.length} pages.`);
        return page;
      },
    );
  };
