import type { FastifyInstance } from 'fastify';
import type { StationContext } from '../../context';
import * as auth from '../../contract/auth';
import { StationError } from '../../domain/errors';
import { isLoopback, signedInUser } from '../access';
import { serve } from '../serve';

const LOOPBACK_ONLY = new StationError(
  403,
  'loopback_only',
  'The first admin can only be created on the station PC itself: open the station there.',
);

export const authRoutes = (ctx: StationContext) => async (app: FastifyInstance) => {
  serve(app, auth.login, (req) =>
    ctx.auth.login((req.body.username ?? req.body.email)!, req.body.password, {
      ip: req.ip,
      device: req.headers['user-agent'],
    }),
  );
  serve(app, auth.refresh, (req) => ctx.auth.refresh(req.body.refresh));
  serve(app, auth.logout, (req) => ctx.auth.logout(signedInUser(req), req.body?.refresh));
  serve(app, auth.me, (req) => {
    const { id, username, email, role } = signedInUser(req);
    return { id, username, email, role };
  });
  serve(
    app,
    auth.firstAdmin,
    async (req) => {
      await ctx.users.createFirstAdmin(req.body);
      return ctx.auth.login(req.body.username, req.body.password, {
        ip: req.ip,
        device: req.headers['user-agent'],
      });
    },
    {
      // The station listens on the LAN from the start: nobody there may claim a fresh station.
      onRequest: async (req) => {
        if (!isLoopback(req.socket.remoteAddress)) throw LOOPBACK_ONLY;
      },
    },
  );
  serve(app, auth.healthCheck, () => ({
    status: 'ok' as const,
    version: ctx.version,
    needs_setup: ctx.users.isEmpty(),
    demo: ctx.storefront.mode() === 'demo',
  }));
};
