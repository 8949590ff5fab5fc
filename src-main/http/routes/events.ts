import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { StationContext } from '../../context';

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
        reply.hijack();
        const res = reply.raw;
        res.writeHead(200, {
          'content-type': 'text/event-stream; charset=utf-8',
          'cache-control': 'no-cache, no-transform',
          connection: 'keep-alive',
          'x-accel-buffering': 'no',
        });
        res.write(
          `retry: 3000\nevent: hello\ndata: ${JSON.stringify({ user: req.user?.username })}\n\n`,
        );
        const unsubscribe = ctx.bus.subscribe((event) => {
          res.write(`event: ${event.type}\ndata: ${JSON.stringify(event.data)}\n\n`);
        });
        const keepalive = setInterval(() => res.write(': keepalive\n\n'), KEEPALIVE_MS);
        const end = () => {
          clearInterval(keepalive);
          unsubscribe();
          streams.delete(end);
          res.end();
        };
        streams.add(end);
        req.raw.on('close', end);
      },
    );
  };
