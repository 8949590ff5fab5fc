import { z } from 'zod';
import { ROLES } from '../domain/roles';
import { idParam, isoTime } from './common';
import { ADMIN, route } from './route';

export const username = z
  .string()
  .trim()
  .min(2)
  .max(64)
  .regex(/^[A-Za-z0-9._-]+$/, 'may use only letters, digits, dot, dash and underscore');
export const password = z.string().min(8).max(200);
export const optionalEmail = z
  .union([z.literal(''), z.email().max(254)])
  .nullable()
  .optional();
export const role = z.enum(ROLES);

export const user = z.object({
  id: z.number(),
  username: z.string(),
  email: z.string().nullable(),
  role,
});
export type User = z.infer<typeof user>;

const adminUser = user.extend({
  is_active: z.boolean(),
  created_at: isoTime,
  last_login_at: isoTime.nullable(),
});
export type AdminUser = z.infer<typeof adminUser>;

const newUser = z.object({ username, email: optionalEmail, password, role });
export type NewUser = z.input<typeof newUser>;
const userUpdate = z.object({
  email: optionalEmail,
  role: role.optional(),
  password: password.optional(),
  active: z.boolean().optional(),
});
export type UserUpdate = z.input<typeof userUpdate>;

const tags = ['admin'];

export const listUsers = route({
  method: 'GET',
  path: '/api/admin/users',
  access: ADMIN,
  tags,
  summary: 'All users.',
  response: z.array(adminUser),
});

export const createUser = route({
  method: 'POST',
  path: '/api/admin/users',
  access: ADMIN,
  tags,
  summary: 'Create a user.',
  body: newUser,
  status: 201,
  response: adminUser,
});

export const updateUser = route({
  method: 'PUT',
  path: '/api/admin/users/:id',
  access: ADMIN,
  tags,
  summary:
    'Change role, email, password or active; a new password or disabling ends their sessions.',
  params: idParam,
  body: userUpdate,
  response: adminUser,
});

export const deleteUser = route({
  method: 'DELETE',
  path: '/api/admin/users/:id',
  access: ADMIN,
  tags,
  summary: 'Delete a user (never the last admin).',
  params: idParam,
  status: 204,
  response: null,
});
