import type { FastifyInstance } from 'fastify';
import type { StationContext } from '../../context';
import * as users from '../../contract/users';
import { signedInUser } from '../access';
import { serve } from '../serve';

export const userRoutes = (ctx: StationContext) => async (app: FastifyInstance) => {
  serve(app, users.listUsers, () => ctx.users.list());
  serve(app, users.createUser, (req) => ctx.users.create(req.body));
  serve(app, users.updateUser, (req) => ctx.users.update(req.params.id, req.body));
  serve(app, users.deleteUser, (req) => ctx.users.delete(req.params.id, signedInUser(req).id));
};
