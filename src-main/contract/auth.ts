import { z } from 'zod';
import { optionalEmail, password, user, username } from './users';
import { route } from './route';

const tags = ['auth'];

const signedIn = z.object({ access: z.string(), refresh: z.string(), user });
export type SignedIn = z.infer<typeof signedIn>;
export type Session = Omit<SignedIn, 'user'>;

const health = z.object({
  status: z.literal('ok'),
  version: z.string(),
  needs_setup: z.boolean(),
  demo: z
    .boolean()
    .describe('The station is showing its own demo feed (serve --demo, no storefront set up).'),
});
export type Health = z.infer<typeof health>;

export const login = route({
  method: 'POST',
  path: '/api/auth/login',
  access: 'public',
  tags,
  summary: 'Sign in with username (or email) and password.',
  body: z
    .object({
      username: z.string().trim().min(1).max(254).optional(),
      email: z.string().trim().min(1).max(254).optional(),
      password: z.string().min(1).max(200),
    })
    .refine((b) => b.username ?? b.email, { message: 'is required', path: ['username'] }),
  response: signedIn,
});

export const refresh = route({
  method: 'POST',
  path: '/api/auth/refresh',
  access: 'public',
  tags,
  summary: 'Trade a refresh token for a new access token.',
  body: z.object({ refresh: z.string().min(1).max(300) }),
  response: z.object({ access: z.string() }),
});

export const logout = route({
  method: 'POST',
  path: '/api/auth/logout',
  access: 'signed_in',
  tags,
  summary: 'End this session: its tokens stop working at once.',
  // No body at all is the usual logout: the access token already names the session.
  body: z.object({ refresh: z.string().max(300).optional() }).nullish(),
  status: 204,
  response: null,
});

export const me = route({
  method: 'GET',
  path: '/api/auth/me',
  access: 'signed_in',
  tags,
  summary: 'Who am I?',
  response: user,
});

export const firstAdmin = route({
  method: 'POST',
  path: '/api/setup/first-admin',
  access: 'public',
  tags,
  summary:
    'First run only, from the station PC itself: create the first admin and sign in. 409 once any user exists; 403 from any other address.',
  body: z.object({ username, email: optionalEmail, password }),
  status: 201,
  response: signedIn,
});

export const healthCheck = route({
  method: 'GET',
  path: '/api/health',
  access: 'public',
  tags: ['health'],
  summary: 'Is the station up? needs_setup is true until the first admin exists.',
  response: health,
});
