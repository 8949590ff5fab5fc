import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { rendererDir } from '../platform/paths';
import { sendError } from './errors';

/**
 * Serves the built React UI at / to the window and to handhelds. Client-side routes (/picker,
 * /admin/users…) fall back to index.html; unknown /api paths stay JSON 404s.
 */
export async function registerStaticUi(app: FastifyInstance): Promise<void> {
  const root = rendererDir();
  const built = existsSync(join(root, 'index.html'));
  const worker = join(root, 'sw.js');
  // The handhelds' service worker must be checked for a new build on every load (browsers would
  // otherwise keep it for up to a day), and it serves the whole origin.
  const setHeaders = (reply: FastifyReply, path: string) => {
    if (path === worker)
      reply.header('Cache-Control', 'no-cache').header('Service-Worker-Allowed', '/');
  };
  // wildcard: files are looked up per request, so a rebuilt UI is served without a restart;
  // a miss falls through to the not-found handler below.
  if (built) {
    await app.register(fastifyStatic, { root, wildcard: true, index: 'index.html', setHeaders });
  }

  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0]!;
    if (path.startsWith('/api') || (req.method !== 'GET' && req.method !== 'HEAD')) {
      return sendError(reply, 404, 'not_found', `There is nothing at ${req.method} ${path}.`);
    }
    if (!built) {
      return reply
        .code(503)
        .type('text/plain')
        .send('The station UI is not built yet: run `npm run build`.');
    }
    return reply.type('text/html').sendFile('index.html');
  });
}
