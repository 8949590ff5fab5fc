// POST /api/pick on a station as users run it, against a bare write route in the same run.
// The station is the served process (out/main/serve.js), its orders imported through the sync
// from a local storefront, logging at its default level to a file, the WAL checkpointer on.
// Load is sustained over consecutive windows so anything that grows during a rush shows.
// Run by hand: npm run bench:pick   (builds first; needs wrk: apt-get install wrk)
// BENCH_STATION_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the station.
import type { ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { appRoot } from '../src-main/platform/paths';
import { generateDemoFeed, pages } from '../src-main/services/storefront/demo-feed';
import { stopChild, timeToFirstAnswer } from './lib/child';
import { freePort } from './lib/ports';
import { ms, percentile, report } from './lib/report';
import { BENCH_ADMIN, benchAuth } from './lib/seed';
import { firstOrders, serveFeed, trimToLines } from './lib/storefront';
import { wrk, type WrkResult } from './lib/wrk';

/** The morning's import, as the issue measured it; the picklist is timed on it. */
const ORDERS = 20_000;
const LINES = 40_000;
/** The day's next import: open units enough that every window's picks are real ones. */
const DAY_ORDERS = 60_000;
const WINDOWS = 5;
const WINDOW_SECONDS = 3;
const WARM_UP_SECONDS = 1;
const CONNECTIONS = 20;
/** More than any window here takes: a shorter script lets wrk start the next window sooner. */
const MAX_PER_SECOND = 15_000;

/** A fixed shuffle (the same every run), so runs compare. */
function shuffled<T>(items: T[]): T[] {
  let seed = 42;
  for (let i = items.length - 1; i > 0; i--) {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = seed % (i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

const rssMb = (pid: number) =>
  Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
const sizeMb = (file: string) => {
  try {
    return statSync(file).size / 1024 / 1024;
  } catch {
    return 0;
  }
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

interface Window extends WrkResult {
  /** Wall time of the wrk run beyond its measured seconds: the pause before this window's load. */
  gapMs: number;
  walPeakMb: number;
  walEndMb: number;
  rssMb: number;
}

/**
 * Consecutive wrk runs, one per window, each starting where the last one's bodies ended, so
 * every request is a unit no earlier one took. The WAL file is sampled while they run.
 */
async function windows(
  url: string,
  bodies: string[],
  child: ChildProcess,
  wal: string,
  headers?: Record<string, string>,
): Promise<Window[]> {
  const out: Window[] = [];
  let next = 0;
  for (let w = 0; w < WINDOWS; w++) {
    let walPeakMb = 0;
    const sampler = setInterval(() => (walPeakMb = Math.max(walPeakMb, sizeMb(wal))), 50);
    const started = performance.now();
    const r = await wrk({
      url,
      method: 'POST',
      headers,
      bodies: bodies.slice(next, next + MAX_PER_SECOND * WINDOW_SECONDS),
      connections: CONNECTIONS,
      seconds: WINDOW_SECONDS,
    });
    clearInterval(sampler);
    const gapMs = performance.now() - started - WINDOW_SECONDS * 1000;
    next += r.bodiesUsed;
    const walEndMb = sizeMb(wal);
    out.push({
      ...r,
      gapMs,
      walPeakMb: Math.max(walPeakMb, walEndMb),
      walEndMb,
      rssMb: rssMb(child.pid!),
    });
  }
  return out;
}

async function api(url: string, path: string, auth: object, method = 'GET', body?: unknown) {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: { ...auth, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = (await res.json()) as Record<string, unknown>;
  if (!res.ok && res.status !== 409)
    throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

/** Points the station at the storefront, starts a sync through the API and waits for it. */
async function importThroughSync(url: string, auth: object, storefrontUrl: string) {
  const t = performance.now();
  await api(url, '/api/admin/settings', auth, 'PUT', {
    api_base_url: storefrontUrl,
    api_key: 'bench',
  });
  // A 409 means the schedule started it first; wait for that run the same way.
  await api(url, '/api/admin/sync', auth, 'POST');
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    // A poll that fails (a keep-alive socket closed under it) is simply asked again.
    const status = (await api(url, '/api/admin/sync-status', auth).catch(() => null)) as {
      running: boolean;
      last_run: { status: string; orders_created: number; error: string | null } | null;
    };
    if (!status || status.running || !status.last_run) continue;
    if (status.last_run.status !== 'ok') throw new Error(`sync failed: ${status.last_run.error}`);
    return { ms: performance.now() - t, orders: status.last_run.orders_created };
  }
}

/** One body per open unit, shuffled: every pick lands on a unit some order still needs. */
function openUnits(dbFile: string): { bodies: string[]; lines: number } {
  const db = new Database(dbFile, { readonly: true });
  const open = db
    .prepare(
      'select sku, sum(qty_open) as qty from order_items where order_active = 1 and qty_open > 0 group by sku',
    )
    .all() as { sku: string; qty: number }[];
  const lines = (
    db.prepare('select count(*) as n from order_items where order_active = 1').get() as {
      n: number;
    }
  ).n;
  db.close();
  const bodies = open.flatMap(({ sku, qty }) =>
    Array<string>(qty).fill(JSON.stringify({ sku, qty: 1 })),
  );
  return { bodies: shuffled(bodies), lines };
}

async function main() {
  console.log(`load average at start: ${load()}`);
  const day = trimToLines(
    generateDemoFeed({ orders: DAY_ORDERS, seed: 7 }),
    (LINES * DAY_ORDERS) / ORDERS,
  );
  const storefront = await serveFeed(pages(firstOrders(day, ORDERS), 20));

  const dataDir = mkdtempSync(join(tmpdir(), 'ws-bench-pick-'));
  const logFile = join(dataDir, 'station.log');
  const log = openSync(logFile, 'w');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    STATION_SECRET_STORE: 'file',
    STATION_ADMIN_USERNAME: BENCH_ADMIN.username,
    STATION_ADMIN_PASSWORD: BENCH_ADMIN.password,
  };
  delete process.env.STATION_LOG_LEVEL;
  const station = await timeToFirstAnswer(
    [
      ...(process.env.BENCH_STATION_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
      join(appRoot(), 'out', 'main', 'serve.js'),
      ...['--port', String(port), '--host', '127.0.0.1', '--data-dir', dataDir],
    ],
    `${url}/api/health`,
    { env, stdio: ['ignore', log, log] },
  );
  const auth = await benchAuth(url);
  const imported = await importThroughSync(url, auth, storefront.url);
  const morning = openUnits(join(dataDir, 'station.db'));
  console.log(
    `imported ${imported.orders} orders through the sync in ${ms(imported.ms)}: ${morning.lines} open lines`,
  );

  // Picklist latency, sequential, before any load.
  const times: number[] = [];
  for (let i = 0; i < 40; i++) {
    const t = performance.now();
    await (await fetch(`${url}/api/picklist`, { headers: auth })).arrayBuffer();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const picklistP50 = percentile(times, 50);

  storefront.publish(pages(day, 20));
  const more = await importThroughSync(url, auth, storefront.url);
  storefront.close();
  const { bodies: units, lines } = openUnits(join(dataDir, 'station.db'));
  console.log(
    `imported ${more.orders} more through the sync in ${ms(more.ms)}: ${lines} open lines, ${units.length} open units`,
  );

  const barePort = await freePort();
  const bareDb = join(dataDir, 'bare.db');
  const bare = await timeToFirstAnswer(
    [
      '--import',
      'tsx',
      join(appRoot(), 'bench', 'lib', 'bare-write-server.ts'),
      String(barePort),
      bareDb,
    ],
    `http://127.0.0.1:${barePort}/`,
  );
  const bareUrl = `http://127.0.0.1:${barePort}/bare`;
  // A warm-up of each first, so both are measured with the JIT warm; the pick warm-up takes its
  // units from the end of the list, the measured windows from the start.
  await wrk({ url: bareUrl, method: 'POST', bodies: units, seconds: WARM_UP_SECONDS });
  const bareWal = `${bareDb}-wal`;
  const bareBefore = await windows(bareUrl, units, bare.child, bareWal);

  const warmUp = units.splice(-Math.ceil(units.length / 6));
  const pickUrl = `${url}/api/pick`;
  await wrk({ url: pickUrl, method: 'POST', headers: auth, bodies: warmUp, seconds: 1 });
  const logBefore = statSync(logFile).size;
  const picks = await windows(pickUrl, units, station.child, join(dataDir, 'station.db-wal'), auth);
  const logBytes = statSync(logFile).size - logBefore;
  // The machine's load drifts (it is shared): the baseline is the bare route's median window,
  // measured just before the station's windows and again just after them.
  const bareAfter = await windows(bareUrl, units, bare.child, bareWal);
  await stopChild(bare.child);
  await stopChild(station.child);
  closeSync(log);
  const bareWindows = [...bareBefore, ...bareAfter];
  const bareRate = median(bareWindows.map((w) => w.requestsPerSec));
  const bareP99 = median(bareWindows.map((w) => w.p99Ms));

  const total = picks.reduce((n, w) => n + w.requests, 0);
  console.log(`load average at end: ${load()}`);
  console.log(
    `station log: ${(logBytes / Math.max(1, total)).toFixed(0)} bytes per pick (${logFile})`,
  );
  const perWindow = (ws: Window[]) =>
    ws.map((w) => `${w.requestsPerSec.toFixed(0)}/s p99 ${ms(w.p99Ms)}`).join(', ');
  console.log(`bare route before: ${perWindow(bareBefore)}`);
  console.log(`bare route after:  ${perWindow(bareAfter)}`);
  console.log(
    `bare route median window: ${bareRate.toFixed(0)} req/s, p99 ${ms(bareP99)}; bar: ${(bareRate / 2).toFixed(0)} picks/s, p99 ${ms(Math.max(10, 2 * bareP99))}`,
  );
  console.log('window  picks/s  ratio  p50       p99       WAL peak/end  RSS     non-2xx      gap');
  let allOk = true;
  picks.forEach((p, i) => {
    const ratio = p.requestsPerSec / bareRate;
    const ok =
      ratio >= 0.5 && p.p99Ms <= Math.max(10, 2 * bareP99) && p.non2xx <= p.requests * 0.01;
    allOk &&= ok;
    console.log(
      [
        `${i + 1}`.padEnd(7),
        p.requestsPerSec.toFixed(0).padStart(7),
        `${(ratio * 100).toFixed(0)}%`.padStart(6),
        ms(p.p50Ms).padStart(9),
        ms(p.p99Ms).padStart(9),
        `${p.walPeakMb.toFixed(0)}/${p.walEndMb.toFixed(0)} MB`.padStart(13),
        `${p.rssMb.toFixed(0)} MB`.padStart(7),
        `${p.non2xx}`.padStart(8),
        ms(p.gapMs).padStart(8),
        ok ? ' PASS' : ' MISS',
      ].join(' '),
    );
  });
  report(
    `POST /api/pick, ${WINDOWS} × ${WINDOW_SECONDS} s windows`,
    allOk ? 'every window met the bar' : 'a window missed the bar',
    '>= 50% of bare, p99 <= max(10 ms, 2 × bare p99)',
    allOk,
  );
  report(
    `GET /api/picklist p50 (${morning.lines} open lines)`,
    ms(picklistP50),
    '<= 50 ms',
    picklistP50 <= 50,
  );
  if (picks.some((p) => p.non2xx > p.requests * 0.01)) {
    console.log(
      'MISS  a window is not valid: over 1% of its picks were refused (open units ran out); use fewer windows',
    );
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
