import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testStation, type TestStation } from '../testing/test-station';

let st: TestStation;
beforeAll(async () => {
  st = await testStation();
});
afterAll(() => st.close());

type Case = [method: 'POST' | 'PUT', url: string, body: unknown, field: string, auth?: boolean];

// Each route of this issue with a body, fed wrong input: the answer is 400 naming the field.
const CASES: Case[] = [
  ['POST', '/api/auth/login', { password: 'x' }, 'username', false],
  ['POST', '/api/auth/login', { username: 'admin' }, 'password', false],
  ['POST', '/api/auth/login', { username: 42, password: 'x' }, 'username', false],
  ['POST', '/api/auth/refresh', {}, 'refresh', false],
  ['POST', '/api/auth/refresh', { refresh: ['a'] }, 'refresh', false],
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
  ['POST', '/api/admin/users', { password: 'long-enough', role: 'picker' }, 'username'],
  ['PUT', '/api/admin/users/abc', { role: 'picker' }, 'id'],
  ['PUT', '/api/admin/users/1', { active: 'yes' }, 'active'],
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
  ['PUT', '/api/admin/settings', { api_key: 12345 }, 'api_key'],
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
