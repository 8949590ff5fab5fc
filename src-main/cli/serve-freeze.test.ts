import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoFeed } from '../services/storefront/demo-feed';
import { spawnStation } from '../testing/spawn-station';
import { storefrontServer, type StorefrontServer } from '../testing/storefront-server';

// Issue 8, item 18: a 10,000-order import froze every request for 1.5 s and a 500-slip PDF for
// up to 2.6 s. A handheld may wait at most ~250 ms behind either. Measured as users meet it:
// the built station in its own process, /api/health asked every 20 ms over real HTTP. On a
// machine busy with other work some answers come late whatever the station does, so a second
// station with nothing to do is asked the same way at the same time, and twice its longest
// answer is allowed on top: a process with any work at all is scheduled later than an idle one
// (on a quiet machine that is ~40 ms; the old code froze for whole seconds, many times either).
const LONGEST_WAIT_MS = 250;

let child: ChildProcess | undefined;
let idle: ChildProcess | undefined;
let shop: StorefrontServer;
let url: string;
let idleUrl: string;
let headers: Record<string, string>;

const api = async (method: string, path: string, body?: unknown) => {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return res;
};

/**
 * Asks for /api/health every 20 ms (without waiting for the last answer) until stopped. A frozen
 * station is already being timed by the requests it holds, so at most 10 are sent at once; one
 * that fails counts as never answered.
 */
function watchHealth(url: string) {
  const waits: number[] = [];
  const inFlight = new Set<Promise<void>>();
  const timer = setInterval(() => {
    if (inFlight.size >= 10) return;
    const start = performance.now();
    const call = fetch(url)
      .then((res) => res.arrayBuffer())
      .then(
        () => void waits.push(performance.now() - start),
        () => void waits.push(Number.POSITIVE_INFINITY),
      );
    inFlight.add(call);
    void call.finally(() => inFlight.delete(call));
  }, 20);
  return async () => {
    clearInterval(timer);
    await Promise.all(inFlight);
    return { longest: Math.max(...waits), answers: waits.length };
  };
}

/** The longest health answer while `work` runs, and what the idle station's longest allows. */
async function longestWaitDuring(work: () => Promise<void>) {
  const station = watchHealth(`${url}/api/health`);
  const control = watchHealth(`${idleUrl}/api/health`);
  const started = performance.now();
  await work();
  const workMs = performance.now() - started;
  const [during, floor] = await Promise.all([station(), control()]);
  console.log(
    `longest /api/health: ${during.longest.toFixed(0)} ms over ${during.answers} answers in ${workMs.toFixed(0)} ms of work (idle station at the same time: ${floor.longest.toFixed(0)} ms)`,
  );
  return { longest: during.longest, allowed: LONGEST_WAIT_MS + 2 * floor.longest };
}

beforeAll(async () => {
  // Serialised once here: stringifying it per request would stall this process's own clock.
  const feed = JSON.stringify(generateDemoFeed({ orders: 10_000, seed: 3 }));
  shop = await storefrontServer();
  shop.handle = (_page, _req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(feed);
  };
  const station = await spawnStation(mkdtempSync(join(tmpdir(), 'ws-freeze-')), {
    STATION_ADMIN_USERNAME: 'owner',
    STATION_ADMIN_PASSWORD: 'owner-password-1',
    STATION_LOG_LEVEL: 'warn',
  });
  child = station.child;
  url = station.url;
  const control = await spawnStation(mkdtempSync(join(tmpdir(), 'ws-idle-')), {
    STATION_LOG_LEVEL: 'warn',
  });
  idle = control.child;
  idleUrl = control.url;
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'owner', password: 'owner-password-1' }),
  });
  headers = { authorization: `Bearer ${((await login.json()) as { access: string }).access}` };
  const settings = await api('PUT', '/api/admin/settings', {
    api_base_url: shop.url,
    api_key: 'sk_test_storefront',
  });
  expect(settings.status).toBe(200);
});

afterAll(async () => {
  child?.kill('SIGKILL');
  idle?.kill('SIGKILL');
  await shop?.close();
});

describe('the served station stays responsive', () => {
  it('while a 10,000-order import runs', async () => {
    const { longest, allowed } = await longestWaitDuring(async () => {
      expect((await api('POST', '/api/admin/sync')).status).toBe(202);
      for (;;) {
        await new Promise((r) => setTimeout(r, 50));
        const status = (await (await api('GET', '/api/admin/sync-status')).json()) as {
          running: boolean;
        };
        if (!status.running) break;
      }
    });
    const status = (await (await api('GET', '/api/admin/sync-status')).json()) as {
      last_run: { status: string; orders_created: number; orders_skipped: number; error: null };
    };
    expect(status.last_run).toMatchObject({ status: 'ok', error: null });
    expect(status.last_run.orders_created + status.last_run.orders_skipped).toBe(10_000);
    expect(longest).toBeLessThanOrEqual(allowed);
  }, 180_000);

  it('while a 500-slip PDF batch renders', async () => {
    const ids: number[] = [];
    for (let page = 1; ids.length < 500; page++) {
      const list = (await (await api('GET', `/api/orders?page_size=200&page=${page}`)).json()) as {
        orders: { id: number }[];
      };
      ids.push(...list.orders.map((o) => o.id));
    }
    let bytes = 0;
    const { longest, allowed } = await longestWaitDuring(async () => {
      const res = await api('POST', '/api/orders/packing-slips', {
        order_ids: ids.slice(0, 500),
        size: 'letter',
      });
      expect(res.status).toBe(200);
      bytes = (await res.arrayBuffer()).byteLength;
    });
    expect(bytes).toBeGreaterThan(500 * 1024);
    expect(longest).toBeLessThanOrEqual(allowed);
  }, 180_000);

  it('while a 10,000-row product file is checked and then imported', async () => {
    const rows = Array.from(
      { length: 10_000 },
      (_, i) => `FRZ-${i},"Freeze test product ${i}, boxed",Bedding,${(i % 50) + 1},A-${i % 30}`,
    );
    const csv = ['sku,title,category,on_hand,bin_location', ...rows].join('\n');
    const upload = (query: string) =>
      fetch(`${url}/api/products/import${query}`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'text/csv' },
        body: csv,
      });
    let answers: { would_create: number; rejected: unknown[] }[] = [];
    const { longest, allowed } = await longestWaitDuring(async () => {
      const dry = await upload('?dry_run=true');
      const applied = await upload('');
      answers = [await dry.json(), await applied.json()];
    });
    for (const answer of answers)
      expect(answer).toMatchObject({ would_create: 10_000, rejected: [] });
    expect(longest).toBeLessThanOrEqual(allowed);
  }, 180_000);
});
