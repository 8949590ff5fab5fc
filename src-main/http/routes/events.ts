import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { StationContext } from '../../context';
import { signedInUser } from '../access';

const KEEPALIVE_MS = 25_000;

export const eventRoutes =
  (ctx: StationContext, streams: Set<() => void>): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/events',
      {
        config: { access: 'signed_in', tokenInQuery: true },
        schema: {
          tags: ['live'],
          summary:
            'Server-Sent Events: pick, short, order_ready, order_packed, order_shipped, sync_*, scan, scanner_status. Token may be ?access=.',
          querystring: z.object({ access: z.string().optional() }),
        },
      },
      (req, reply) => {
        const user = signedInUser(req);
        reply.hijack();
        const res = reply.raw;
        res.writeHead(200, {
          'content-type': 'text/event-stream; charset=utf-8',
          'cache-control': 'no-cache, no-transform',
          connection: 'keep-alive',
          'x-accel-buffering': 'no',
        });
        res.write(
          `retry: 3000\nevent: hello\ndata: ${JSON.stringify({ user: user.username })}\n\n`,
        );
        const unsubscribe = ctx.bus.subscribe((event) => {
          res.write(`event: ${event.type}\ndata: ${JSON.stringify(event.data)}\n\n`);
        });
        const keepalive = setInterval(() => res.write(': keepalive\n\n'), KEEPALIVE_MS);
        // The token was checked once, when the stream opened; the stream must not outlive it.
        const expiry = setTimeout(() => end(), user.validUntilMs - Date.now());
        const stopWatching = ctx.auth.onSessionsChanged(() => {
          if (!ctx.auth.isSessionLive(user.sessionId)) end();
        });
        const end = () => {
          clearInterval(keepalive);
          clearTimeout(expiry);
          stopWatching();
          unsubscribe();
          streams.delete(end);
          res.end();
        };
        streams.add(end);
        req.raw.on('close', end);
      },
    );
  };
