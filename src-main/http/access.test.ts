import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testStation, type TestStation } from '../testing/test-station';
import type { Access } from '../contract/route';

let st: TestStation;
let routes: { method: string; url: string; access: Access }[];
const tokens: Record<string, string> = {};

// Routes that must answer without a token. Anything else under /api needs one.
const PUBLIC = [
  'GET /api/health',
  'POST /api/auth/login',
  'POST /api/auth/refresh',
  'POST /api/setup/first-admin',
];
// Routes any signed-in user may call, whatever the role.
const SIGNED_IN = [
  'GET /api/auth/me',
  'POST /api/auth/logout',
  'GET /api/events',
  'GET /api/station',
];

beforeAll(async () => {
  st = await testStation();
  tokens.picker = (await st.userWithRole('picker')).access;
  tokens.packer = (await st.userWithRole('packer')).access;
  const spec = (await st.request('GET', '/api/openapi.json')).json() as {
    paths: Record<string, Record<string, { 'x-access': Access }>>;
  };
  routes = Object.entries(spec.paths).flatMap(([url, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method.toUpperCase(),
      url,
      access: op['x-access'],
    })),
  );
});
afterAll(() => st.close());

/** A concrete URL for an OpenAPI path template. */
const concrete = (url: string) => url.replace(/\{[^}]+\}/g, '1');
const key = (r: { method: string; url: string }) => `${r.method} ${r.url}`;

describe('route-by-role matrix', () => {
  it('documents the public, signed-in and admin routes in the OpenAPI document', () => {
    const keys = routes.map(key);
    for (const k of [
      ...PUBLIC,
      ...SIGNED_IN,
      'GET /api/admin/users',
      'PUT /api/admin/settings',
      'POST /api/admin/backup',
    ]) {
      expect(keys).toContain(k);
    }
  });

  it('declares public and signed-in access exactly where intended', () => {
    for (const r of routes) {
      const expected = PUBLIC.includes(key(r))
        ? 'public'
        : SIGNED_IN.includes(key(r))
          ? 'signed_in'
          : r.access;
      expect(r.access, key(r)).toEqual(expected);
      if (r.url.startsWith('/api/admin')) expect(r.access, key(r)).toEqual(['admin']);
    }
  });

  it('every non-public route answers 401 without a token, and with a garbage token', async () => {
    for (const r of routes.filter((r) => r.access !== 'public')) {
      for (const token of [undefined, 'not-a-token']) {
        const res = await st.request(r.method as 'GET', concrete(r.url), {
          ...(token && { token }),
          body: r.method === 'GET' || r.method === 'DELETE' ? undefined : {},
        });
        expect(res.statusCode, `${key(r)} token=${token}`).toBe(401);
        expect(res.json().error.code).toBe('unauthorized');
      }
    }
  });

  it('pickers and packers get 403 on every route their role is not allowed, before any validation', async () => {
    let checked = 0;
    for (const role of ['picker', 'packer'] as const) {
      for (const r of routes.filter(
        (r) => Array.isArray(r.access) && !(r.access as string[]).includes(role),
      )) {
        const res = await st.request(r.method as 'GET', concrete(r.url), {
          token: tokens[role],
          body: r.method === 'GET' || r.method === 'DELETE' ? undefined : { nonsense: true },
        });
        expect(res.statusCode, `${role} ${key(r)}`).toBe(403);
        expect(res.json().error.message).toMatch(new RegExp(`Your role \\(${role}\\)`));
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(2 * 10);
  });

  it('admin passes every role check', async () => {
    for (const r of routes.filter((r) => Array.isArray(r.access) && r.method === 'GET')) {
      const res = await st.request('GET', concrete(r.url), { token: st.admin.access });
      expect([401, 403], key(r)).not.toContain(res.statusCode);
    }
  });
});
