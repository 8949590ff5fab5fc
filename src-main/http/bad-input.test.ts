import { afterAll, describe, expect, it } from 'vitest';
import type { Role } from '../domain/roles';
import {
  badInputs,
  requestBody,
  validValue,
  wrongValues,
  type Operation,
} from '../testing/openapi-cases';
import { testStation } from '../testing/test-station';

// Created while the file is collected: the generated cases below come from its OpenAPI document.
const st = await testStation();
afterAll(() => st.close());

type Case = [method: 'POST' | 'PUT', url: string, body: unknown, field: string, auth?: boolean];

// What the generated cases at the end cannot guess from a schema: ranges, patterns, formats,
// enums, nested fields and the login's username-or-email rule. Each answer is 400 naming the field.
const CASES: Case[] = [
  ['POST', '/api/auth/login', { password: 'x' }, 'username', false],
  [
    'POST',
    '/api/setup/first-admin',
    { username: 'a b', password: 'long-enough' },
    'username',
    false,
  ],
  ['POST', '/api/admin/users', { username: 'zed', password: 'short', role: 'picker' }, 'password'],
  ['POST', '/api/admin/users', { username: 'zed', password: 'long-enough', role: 'boss' }, 'role'],
  [
    'POST',
    '/api/admin/users',
    { username: 'zed', password: 'long-enough', role: 'picker', email: 'nope' },
    'email',
  ],
  ['PUT', '/api/admin/settings', { sync_interval_minutes: 0 }, 'sync_interval_minutes'],
  ['PUT', '/api/admin/settings', { sync_interval_minutes: 2.5 }, 'sync_interval_minutes'],
  ['PUT', '/api/admin/settings', { api_base_url: 'ftp://x' }, 'api_base_url'],
  [
    'PUT',
    '/api/admin/settings',
    { status_mapping: { processing: 'maybe' } },
    'status_mapping.processing',
  ],
  ['PUT', '/api/admin/settings', { printer: { interface: 'usb-thing' } }, 'printer.interface'],
  ['PUT', '/api/admin/settings', { printer: { width: 500 } }, 'printer.width'],
  ['PUT', '/api/admin/settings', { lan: { host: 'my-pc' } }, 'lan.host'],
  ['PUT', '/api/admin/settings', { scanner: { terminator: 'space' } }, 'scanner.terminator'],
  ['PUT', '/api/admin/settings', { seller: { logo: 'http://x/logo.png' } }, 'seller.logo'],
  ['PUT', '/api/admin/email-settings', { smtp: { port: 70000 } }, 'smtp.port'],
  [
    'PUT',
    '/api/admin/email-settings',
    { smtp: { recipients: ['not-an-email'] } },
    'smtp.recipients.0',
  ],
  ['PUT', '/api/admin/email-settings', { sms: { recipients: ['555-1234'] } }, 'sms.recipients.0'],
  ['POST', '/api/admin/email-settings/test', { channel: 'pigeon' }, 'channel'],
];

// NUL, ESC (a printer command on a receipt), DEL, C1, and bidi overrides and isolates that make
// a name display as something other than what it holds.
const SNEAKY = [
  'Hay\u0000Barn',
  'Hay\u001b@Barn',
  'Hay\u007fBarn',
  'Hay\u009bBarn',
  'Hay \u202eenraB',
  'Hay \u2067Barn\u2069',
];
const FREE_TEXT: [field: string, url: string, body: (v: string) => object][] = [
  ['seller.name', '/api/admin/settings', (v) => ({ seller: { name: v } })],
  ['seller.address', '/api/admin/settings', (v) => ({ seller: { address: `1 Main St\n${v}` } })],
  ['scanner.serial_path', '/api/admin/settings', (v) => ({ scanner: { serial_path: v } })],
  [
    'api_base_url',
    '/api/admin/settings',
    (v) => ({ api_base_url: `https://shop.example.com/${v}` }),
  ],
  ['printer.interface', '/api/admin/settings', (v) => ({ printer: { interface: `printer:${v}` } })],
  ['smtp.host', '/api/admin/email-settings', (v) => ({ smtp: { host: v } })],
  ['smtp.user', '/api/admin/email-settings', (v) => ({ smtp: { user: v } })],
  ['sms.account_sid', '/api/admin/email-settings', (v) => ({ sms: { account_sid: v } })],
];

describe('free-text settings', () => {
  it.each(FREE_TEXT)('%s (%s) refuses control and bidi characters', async (field, url, body) => {
    for (const value of SNEAKY) {
      const res = await st.request('PUT', url, { token: st.admin.access, body: body(value) });
      expect(res.statusCode, JSON.stringify(value)).toBe(400);
      expect(res.json().error.details.field).toBe(field);
    }
  });

  it('keeps ordinary text, accents, right-to-left script and line breaks in the address', async () => {
    const seller = { name: 'Épicerie Noël — متجر', address: '1 Main St\nSpringfield\tUnit 2' };
    const res = await st.request('PUT', '/api/admin/settings', {
      token: st.admin.access,
      body: { seller },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().seller).toMatchObject(seller);
    const oneLine = await st.request('PUT', '/api/admin/settings', {
      token: st.admin.access,
      body: { seller: { name: 'Hay\nBarn' } },
    });
    expect(oneLine.statusCode).toBe(400);
  });
});

describe('bad input', () => {
  it.each(CASES)('%s %s %j → 400 naming %s', async (method, url, body, field, auth = true) => {
    const res = await st.request(method, url, { body, ...(auth && { token: st.admin.access }) });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('invalid_input');
    expect(error.details.field).toBe(field);
    expect(error.message).toContain(`"${field}"`);
  });

  it('rejects bodies that are not objects, malformed JSON, wrong content types and oversize bodies with 4xx', async () => {
    const token = st.admin.access;
    for (const body of ['[]', '"text"', '42', 'null']) {
      const res = await st.request('PUT', '/api/admin/settings', {
        token,
        body,
        headers: { 'content-type': 'application/json' },
      });
      expect(res.statusCode, body).toBe(400);
    }
    const broken = await st.request('POST', '/api/auth/login', {
      body: '{"username": "adm',
      headers: { 'content-type': 'application/json' },
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.message).toBe('The request body is not valid JSON.');
    const xml = await st.request('POST', '/api/auth/login', {
      body: '<login/>',
      headers: { 'content-type': 'application/xml' },
    });
    expect(xml.statusCode).toBe(415);
    const huge = await st.request('PUT', '/api/admin/settings', {
      token,
      body: JSON.stringify({ seller: { name: 'x'.repeat(2 * 1024 * 1024) } }),
      headers: { 'content-type': 'application/json' },
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('body_too_large');
  });

  it('a rejected request changes nothing', async () => {
    const before = (
      await st.request('GET', '/api/admin/settings', { token: st.admin.access })
    ).json();
    await st.request('PUT', '/api/admin/settings', {
      token: st.admin.access,
      body: { api_base_url: 'https://shop.example.com', sync_interval_minutes: 99999 },
    });
    expect(
      (await st.request('GET', '/api/admin/settings', { token: st.admin.access })).json(),
    ).toEqual(before);
  });
});

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
type Method = (typeof METHODS)[number];
const doc = (await st.request('GET', '/api/openapi.json', { token: st.admin.access })).json() as {
  paths: Record<string, Partial<Record<Method, Operation>>>;
};
const OPERATIONS = Object.entries(doc.paths).flatMap(([path, ops]) =>
  METHODS.filter((m) => ops[m]).map((m) => ({ method: m, path, op: ops[m]! })),
);

// Actions that take nothing but the URL. A new POST, PUT or PATCH without a body schema fails
// the test below until it is either given one or named here.
const WITHOUT_BODY = new Set([
  'POST /api/admin/backup',
  'POST /api/orders/{id}/verify-reset',
  'POST /api/orders/{id}/shipments/{shipment_id}/void',
  'POST /api/orders/{id}/print-slip',
  'POST /api/admin/printer/test',
  'POST /api/admin/sync',
  'POST /api/admin/reorder-alerts',
]);

const tokens = new Map<string, string | undefined>();
/** Signed in as someone the operation lets in, so the 400 is about the input, not the caller. */
async function tokenFor(access: Operation['x-access']) {
  const key = String(access);
  if (!tokens.has(key)) {
    tokens.set(
      key,
      access === 'public'
        ? undefined
        : access === 'signed_in'
          ? st.admin.access
          : (await st.userWithRole(access[0] as Role)).access,
    );
  }
  return tokens.get(key);
}

describe('every operation in the OpenAPI document', () => {
  it.each(OPERATIONS)('$method $path declares what it reads', ({ method, path, op }) => {
    for (const name of path.match(/(?<=\{)[^}]+(?=\})/g) ?? []) {
      const param = op.parameters?.find((p) => p.in === 'path' && p.name === name);
      expect(param, `path parameter ${name}`).toBeDefined();
      const { pattern, enum: choices, maxLength } = param!.schema;
      expect(pattern ?? choices ?? maxLength, `${name} is bounded`).toBeDefined();
      expect(validValue(param!.schema), `a valid ${name} can be made`).toBeDefined();
    }
    const schema = requestBody(op)?.schema;
    if (method === 'get' || method === 'delete') return;
    const key = `${method.toUpperCase()} ${path}`;
    expect(schema !== undefined || WITHOUT_BODY.has(key), `${key} has a body schema`).toBe(true);
    if (!schema) return;
    expect(validValue(schema), 'a valid body can be made from the schema').toBeDefined();
    for (const [name, prop] of Object.entries(schema.properties ?? {})) {
      expect(wrongValues(prop), `${name} refuses something`).not.toEqual([]);
    }
  });

  const CASES = OPERATIONS.flatMap(({ method, path, op }) =>
    badInputs(op).map((c) => ({ ...c, method, path, op })),
  );
  it.each(CASES)('$method $path: $what → 400 naming $field', async (c) => {
    const url =
      c.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(c.params[name]!)) +
      (Object.keys(c.query).length ? `?${new URLSearchParams(c.query)}` : '');
    const token = await tokenFor(c.op['x-access']);
    const res = await st.request(c.method.toUpperCase() as 'GET', url, {
      ...(token && { token }),
      ...(c.body !== undefined && { body: c.body }),
      ...(c.contentType && { headers: { 'content-type': c.contentType } }),
    });
    expect(res.statusCode, res.body).toBe(400);
    const { error } = res.json();
    expect(error).toEqual({
      code: 'invalid_input',
      message: expect.any(String),
      details: expect.any(Object),
    });
    expect(error.details.field).toBe(c.field);
    expect(error.message).toContain(`"${c.field}"`);
  });
});
