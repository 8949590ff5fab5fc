import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { StationContext } from '../../context';
import { StationError } from '../../domain/errors';
import { isLoopback, signedInUser } from '../access';
import { optionalEmail, password, tokensAnswer, userSummary, username } from './schemas';

const LOOPBACK_ONLY = new StationError(
  403,
  'loopback_only',
  'The first admin can only be created on the station PC itself: open the station there.',
);

export const authRoutes =
  (ctx: StationContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/auth/login',
      {
        config: { access: 'public' },
        schema: {
          tags: ['auth'],
          summary: 'Sign in with username (or email) and password.',
          body: z
            .object({
              username: z.string().trim().min(1).max(254).optional(),
              email: z.string().trim().min(1).max(254).optional(),
              password: z.string().min(1).max(200),
            })
            .refine((b) => b.username ?? b.email, { message: 'is required', path: ['username'] }),
          response: { 200: tokensAnswer },
        },
      },
      async (req) =>
        ctx.auth.login((req.body.username ?? req.body.email)!, req.body.password, {
          ip: req.ip,
          device: req.headers['user-agent'],
        }),
    );

    app.post(
      '/api/auth/refresh',
      {
        config: { access: 'public' },
        schema: {
          tags: ['auth'],
          summary: 'Trade a refresh token for a new access token.',
          body: z.object({ refresh: z.string().min(1).max(300) }),
          response: { 200: z.object({ access: z.string() }) },
        },
      },
      async (req) => ctx.auth.refresh(req.body.refresh),
    );

    app.post(
      '/api/auth/logout',
      {
        config: { access: 'signed_in' },
        schema: {
          tags: ['auth'],
          summary: 'End this session: its tokens stop working at once.',
          // No body at all is the usual logout: the access token already names the session.
          body: z.object({ refresh: z.string().max(300).optional() }).nullish(),
        },
      },
      async (req, reply) => {
        ctx.auth.logout(signedInUser(req), req.body?.refresh);
        return reply.code(204).send();
      },
    );

    app.get(
      '/api/auth/me',
      {
        config: { access: 'signed_in' },
        schema: { tags: ['auth'], summary: 'Who am I?', response: { 200: userSummary } },
      },
      async (req) => {
        const { id, username, email, role } = signedInUser(req);
        return { id, username, email, role };
      },
    );

    app.post(
      '/api/setup/first-admin',
      {
        config: { access: 'public' },
        // The station listens on the LAN from the start: nobody there may claim a fresh station.
        onRequest: async (req) => {
          if (!isLoopback(req.socket.remoteAddress)) throw LOOPBACK_ONLY;
        },
        schema: {
          tags: ['auth'],
          summary:
            'First run only, from the station PC itself: create the first admin and sign in. 409 once any user exists; 403 from any other address.',
          body: z.object({ username, email: optionalEmail, password }),
          response: { 201: tokensAnswer },
        },
      },
      async (req, reply) => {
        await ctx.users.createFirstAdmin(req.body);
        const answer = await ctx.auth.login(req.body.username, req.body.password, {
          ip: req.ip,
          device: req.headers['user-agent'],
        });
        return reply.code(201).send(answer);
      },
    );
  };
