import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokenSigner } from '../../services/auth/tokens';
import { testStation, type TestStation } from '../../testing/test-station';

let st: TestStation;
let base: string;
beforeAll(async () => {
  st = await testStation();
  base = await st.listen();
});
afterAll(() => st.close());

/** Reads SSE frames until one of `type` arrives. */
async function nextEvent(body: ReadableStream<Uint8Array>, type: string): Promise<unknown> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) throw new Error('stream ended');
    buffer += decoder.decode(value, { stream: true });
    for (const frame of buffer.split('\n\n').slice(0, -1)) {
      const event = frame.match(/^event: (.+)$/m)?.[1];
      const data = frame.match(/^data: (.+)$/m)?.[1];
      if (event === type && data) {
        await reader.cancel();
        return JSON.parse(data);
      }
    }
  }
}

describe('GET /api/events', () => {
  it('streams published events to a client authenticated by ?access=', async () => {
    const res = await fetch(`${base}/api/events?access=${encodeURIComponent(st.admin.access)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const got = nextEvent(res.body!, 'order_ready');
    setTimeout(() => st.ctx.bus.publish('order_ready', { order_id: 7 }), 50);
    expect(await got).toEqual({ order_id: 7 });
  });

  it('refuses a stream without a valid token', async () => {
    expect((await fetch(`${base}/api/events`)).status).toBe(401);
    expect((await fetch(`${base}/api/events?access=forged`)).status).toBe(401);
  });

  it('does not let a query token stand in for a header on other routes', async () => {
    expect(
      (await fetch(`${base}/api/auth/me?access=${encodeURIComponent(st.admin.access)}`)).status,
    ).toBe(401);
  });
});

/** Opens a stream and waits for its hello; `outcome` then tells whether it ended or streamed a pick. */
async function openStream(access: string) {
  const res = await fetch(`${base}/api/events?access=${encodeURIComponent(access)}`);
  expect(res.status).toBe(200);
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const read = async (): Promise<'ended' | 'pick'> => {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return 'ended';
      buffer += decoder.decode(value, { stream: true });
      if (/^event: pick$/m.test(buffer)) return 'pick';
    }
  };
  while (!/^event: hello$/m.test(buffer)) {
    const { value } = await reader.read();
    buffer += decoder.decode(value, { stream: true });
  }
  return {
    /** What happens first within 3 s of a pick published now; the stream is let go after. */
    async outcome(): Promise<'ended' | 'pick' | 'still open'> {
      setTimeout(() => st.ctx.bus.publish('pick', { sku: 'S-1', qty: 1, by: 'someone' }), 100);
      const first = await Promise.race([
        read(),
        new Promise<'still open'>((r) => setTimeout(() => r('still open'), 3_000)),
      ]);
      await reader.cancel().catch(() => undefined);
      return first;
    },
  };
}

describe('a stream whose sign-in ends', () => {
  const admin = (method: 'PUT' | 'DELETE', url: string, body?: object) =>
    st.request(method, url, { token: st.admin.access, body });

  it.each([
    [
      'logout',
      async (u: { access: string }) => {
        await st.request('POST', '/api/auth/logout', { token: u.access });
      },
    ],
    [
      'user deleted',
      async (u: { id: number }) => {
        await admin('DELETE', `/api/admin/users/${u.id}`);
      },
    ],
    [
      'user disabled',
      async (u: { id: number }) => {
        await admin('PUT', `/api/admin/users/${u.id}`, { active: false });
      },
    ],
    [
      'password changed',
      async (u: { id: number }) => {
        await admin('PUT', `/api/admin/users/${u.id}`, { password: 'another-password' });
      },
    ],
  ])('closes after %s and delivers nothing more', async (_, end) => {
    const picker = await st.userWithRole('picker');
    const other = await st.userWithRole('picker');
    const stream = await openStream(picker.access);
    const bystander = await openStream(other.access);
    await end(picker);
    expect(await stream.outcome()).toBe('ended');
    expect(await bystander.outcome()).toBe('pick');
  });

  it('closes when its access token expires', async () => {
    const picker = await st.userWithRole('picker');
    // The same kind of token the station issues, only expiring in two seconds.
    const key = Buffer.from((await st.ctx.secrets.get('auth.signing_key'))!, 'base64');
    const [sessionId] = picker.refresh.split('.');
    const shortLived = new TokenSigner(key).signAccess(sessionId!, Date.now() + 2_000);
    const stream = await openStream(shortLived);
    await new Promise((r) => setTimeout(r, 2_500));
    expect(await stream.outcome()).toBe('ended');
  });
});
