import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { StationContext } from '../../context';
import { ADMIN, signedInUser } from '../access';
import { idParam, optionalEmail, password, role, username } from './schemas';

const userView = z.object({
  id: z.number(),
  username: z.string(),
  email: z.string().nullable(),
  role,
  is_active: z.boolean(),
  created_at: z.string(),
  last_login_at: z.string().nullable(),
});

export const userRoutes =
  (ctx: StationContext): FastifyPluginAsyncZod =>
  async (app) => {
    const config = { access: ADMIN };

    app.get(
      '/api/admin/users',
      {
        config,
        schema: { tags: ['admin'], summary: 'All users.', response: { 200: z.array(userView) } },
      },
      async () => ctx.users.list(),
    );

    app.post(
      '/api/admin/users',
      {
        config,
        schema: {
          tags: ['admin'],
          summary: 'Create a user.',
          body: z.object({ username, email: optionalEmail, password, role }),
          response: { 201: userView },
        },
      },
      async (req, reply) => reply.code(201).send(await ctx.users.create(req.body)),
    );

    app.put(
      '/api/admin/users/:id',
      {
        config,
        schema: {
          tags: ['admin'],
          summary:
            'Change role, email, password or active; a new password or disabling ends their sessions.',
          params: idParam,
          body: z.object({
            email: optionalEmail,
            role: role.optional(),
            password: password.optional(),
            active: z.boolean().optional(),
          }),
          response: { 200: userView },
        },
      },
      async (req) => {
        const user = await ctx.users.update(req.params.id, req.body);
        if (req.body.password !== undefined || req.body.active === false)
          ctx.auth.revokeAllFor(user.id);
        return user;
      },
    );

    app.delete(
      '/api/admin/users/:id',
      {
        config,
        schema: {
          tags: ['admin'],
          summary: 'Delete a user (never the last admin).',
          params: idParam,
        },
      },
      async (req, reply) => {
        ctx.users.delete(req.params.id, signedInUser(req).id);
        return reply.code(204).send();
      },
    );
  };
