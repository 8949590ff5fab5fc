import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rendererDir } from '../platform/paths';
import { testStation, type TestStation } from '../testing/test-station';
import { SECURITY_HEADERS } from './security-headers';

let st: TestStation;
let port: number;
beforeAll(async () => {
  st = await testStation();
  port = Number(new URL(await st.listen()).port);
});
afterAll(() => st.close());

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Sends bytes exactly as written (fetch would clean up the URL first) and reads the answer. */
function raw(request: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    let data = '';
    socket.on('data', (chunk) => (data += chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = '', body = ''] = data.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(
        lines.map((l) => [
          l.slice(0, l.indexOf(':')).toLowerCase(),
          l.slice(l.indexOf(':') + 1).trim(),
        ]),
      );
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body });
    });
  });
}

const get = (path: string, method = 'GET') =>
  raw(
    `${method} ${path} HTTP/1.1\r\nHost: station\r\nAuthorization: Bearer ${st.admin.access}\r\nConnection: close\r\n\r\n`,
  );

const long = (c: string) => c.repeat(300);
const UI_OR_414 = existsSync(join(rendererDir(), 'index.html')) ? 404 : 414;

// The malformed requests a hostile probe sent; each answered fastify's own error shape.
const MALFORMED: [label: string, status: number, send: () => Promise<RawAnswer>][] = [
  ['lone % in an order id', 400, () => get('/api/orders/%')],
  ['%zz in an order id', 400, () => get('/api/orders/%zz')],
  ['cut-off UTF-8 escape', 400, () => get('/api/orders/%E0%A4%A')],
  ['invalid UTF-8 escape', 400, () => get('/api/orders/%C0%AF')],
  ['lone % in an order number', 400, () => get('/api/orders/by-number/%')],
  ['%FF in a SKU', 400, () => get('/api/picklist/%FF/orders')],
  ['lone % in a user id', 400, () => get('/api/admin/users/%', 'PUT')],
  ['lone % under /api', 400, () => get('/api/%')],
  ['lone % in a UI path', 400, () => get('/picker/%')],
  ['lone % at the root', 400, () => get('/%')],
  // With the UI built, its catch-all GET route takes an over-long GET path and answers 404.
  ['overlong order id', UI_OR_414, () => get(`/api/orders/${long('1')}`)],
  ['overlong order number', UI_OR_414, () => get(`/api/orders/by-number/${long('x')}`)],
  ['overlong SKU', UI_OR_414, () => get(`/api/picklist/${long('S')}/orders`)],
  ['overlong user id', 414, () => get(`/api/admin/users/${long('9')}`, 'DELETE')],
  ['space inside the path', 400, () => raw('GET /api/or ders HTTP/1.1\r\nHost: s\r\n\r\n')],
  ['control byte in the path', 400, () => raw('GET /api/\x01 HTTP/1.1\r\nHost: s\r\n\r\n')],
  ['header without a colon', 400, () => raw('GET /api/health HTTP/1.1\r\nHost s\r\n\r\n')],
  [
    'oversize headers',
    431,
    () => raw(`GET /api/health HTTP/1.1\r\nHost: s\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`),
  ],
];

describe('malformed requests', () => {
  it.each(MALFORMED)('%s → %i with the error envelope', async (_, status, send) => {
    const res = await send();
    expect(res.status).toBe(status);
    const { error } = JSON.parse(res.body);
    expect(error).toEqual({
      code: expect.any(String),
      message: expect.stringMatching(/^[A-Z].+\.$/),
      details: expect.any(Object),
    });
    expect(res.headers).toMatchObject(SECURITY_HEADERS);
  });
});

describe('path ids', () => {
  it.each(['1e1', '0x10', '+5', '1.0', '%20%201', '1%20', '-1', '0', '１', '99999999999999999999'])(
    '%s is 400 on order and user routes alike',
    async (id) => {
      for (const [method, url] of [
        ['GET', `/api/orders/${id}`],
        ['POST', `/api/orders/${id}/verify-reset`],
        ['PUT', `/api/admin/users/${id}`],
        ['DELETE', `/api/admin/users/${id}`],
      ] as const) {
        const res = await st.request(method, url, {
          token: st.admin.access,
          ...(method === 'PUT' && { body: { role: 'picker' } }),
        });
        expect(res.statusCode, `${method} ${url}`).toBe(400);
        expect(res.json().error).toMatchObject({ code: 'invalid_input', details: { field: 'id' } });
      }
    },
  );

  it('plain digits still reach the record', async () => {
    const res = await st.request('PUT', `/api/admin/users/${st.admin.user.id}`, {
      token: st.admin.access,
      body: { email: 'owner@example.com' },
    });
    expect(res.statusCode).toBe(200);
    expect(
      (await st.request('GET', '/api/orders/12345', { token: st.admin.access })).statusCode,
    ).toBe(404);
  });
});

describe('security headers', () => {
  it('are on every kind of answer: JSON, errors, the docs and the live-event stream', async () => {
    for (const [path, status] of [
      ['/api/health', 200],
      ['/api/orders/ready-to-pack', 200],
      ['/api/nothing-here', 404],
      ['/api/docs/', 200],
      ['/api/openapi.json', 200],
    ] as const) {
      const res = await get(path);
      expect(res.status, path).toBe(status);
      expect(res.headers, path).toMatchObject(SECURITY_HEADERS);
    }
    const unauthorized = await raw(
      'GET /api/auth/me HTTP/1.1\r\nHost: s\r\nConnection: close\r\n\r\n',
    );
    expect(unauthorized.status).toBe(401);
    expect(unauthorized.headers).toMatchObject(SECURITY_HEADERS);
    const stream = await fetch(
      `http://127.0.0.1:${port}/api/events?access=${encodeURIComponent(st.admin.access)}`,
    );
    expect(stream.status).toBe(200);
    // Headers is not iterable under the node project's lib, so read each header by name.
    const sent = Object.keys(SECURITY_HEADERS).map((name) => [name, stream.headers.get(name)]);
    expect(Object.fromEntries(sent)).toEqual(SECURITY_HEADERS);
    await stream.body!.cancel();
  });
});
