import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testStation, type TestStation } from '../../testing/test-station';

let st: TestStation;
let base: string;
beforeAll(async () => {
  st = await testStation();
  await st.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(st.app.server.address() as { port: number }).port}`;
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
