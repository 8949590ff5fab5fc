import type { FastifyInstance } from 'fastify';
import type { StationContext } from '../../context';
import { events } from '../../contract/events';
import { signedInUser } from '../access';
import { serve } from '../serve';

const KEEPALIVE_MS = 25_000;

export const eventRoutes =
  (ctx: StationContext, streams: Set<() => void>) => async (app: FastifyInstance) => {
    serve(app, events, (req, reply) => {
      const user = signedInUser(req);
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      res.write(`retry: 3000\nevent: hello\ndata: ${JSON.stringify({ user: user.username })}\n\n`);
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
      return reply;
    });
  };
