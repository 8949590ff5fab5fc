import { createReadStream } from 'node:fs';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { StationContext } from '../../context';
import { notFound } from '../../domain/errors';
import { imagesDir, storedImage } from '../../services/images/image-cache';

export const imageRoutes =
  (ctx: StationContext): FastifyPluginAsyncZod =>
  async (app) => {
    const dir = imagesDir(ctx.dataDir);

    app.get(
      '/api/images/:key',
      {
        // <img> cannot send a token. The key is the hash of the feed's URL, so only someone who
        // was given the path (or knows the storefront's photo URL) can ask for a photo.
        config: { access: 'public' },
        schema: {
          tags: ['picking'],
          summary:
            "A product photo kept by the station (the `image` path on pick list and order lines); 404 until it has been fetched from the feed's image_url.",
          params: z.object({ key: z.string().regex(/^[0-9a-f]{64}$/) }),
        },
      },
      async (req, reply) => {
        const stored = storedImage(dir, req.params.key);
        if (!stored) {
          throw notFound('image_not_found', 'The station has no copy of this photo (yet).', {
            key: req.params.key,
          });
        }
        return reply
          .type(stored.type)
          .header('x-content-type-options', 'nosniff')
          .header('content-security-policy', "default-src 'none'; sandbox")
          .header('cache-control', 'private, max-age=86400')
          .send(createReadStream(stored.file));
      },
    );
  };
