// POST /api/pick under load vs a bare route doing one SQLite write, and GET /api/picklist latency.
// Run by hand: npm run bench:pick   (needs wrk: apt-get install wrk)
import Database from 'better-sqlite3';
import Fastify from 'fastify';
import { join } from 'node:path';
import { BENCH_ADMIN, benchAuth, seededStation } from './lib/seed';
import { ms, percentile, report } from './lib/report';
import { wrk } from './lib/wrk';

const OPEN_LINES_TARGET = 50_000;
/** Short enough that the open units outlast the picks at any rate this machine reaches. */
const PICK_SECONDS = 3;
/** Open units set aside for the warm-up run (about a second of picks). */
const WARM_UP_UNITS = 20_000;

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

async function bareWriteServer(dir: string) {
  const db = new Database(join(dir, 'bare.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('create table writes (id integer primary key, sku text, qty integer, at text)');
  const insert = db.prepare('insert into writes (sku, qty, at) values (?, ?, ?)');
  const app = Fastify();
  app.post('/bare', async (req) => {
    const { sku, qty } = req.body as { sku: string; qty: number };
    return { id: Number(insert.run(sku, qty, new Date().toISOString()).lastInsertRowid) };
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, db, url: `http://127.0.0.1:${(app.server.address() as { port: number }).port}` };
}

async function main() {
  // ~3 lines per demo order: 17,000 orders ≈ 50,000 open lines.
  const station = await seededStation(Math.ceil(OPEN_LINES_TARGET / 2.95));
  console.log(`seeded ${station.openLines} open lines`);
  await station.app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(station.app.server.address() as { port: number }).port}`;
  await station.ctx.users.createFirstAdmin(BENCH_ADMIN);
  const auth = await benchAuth(url);

  // Picklist latency, sequential, before any load.
  const times: number[] = [];
  for (let i = 0; i < 40; i++) {
    const t = performance.now();
    const res = await fetch(`${url}/api/picklist`, { headers: auth });
    await res.arrayBuffer();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const p50 = percentile(times, 50);

  // One body per open unit, shuffled: every pick lands on a unit some order still needs, so the
  // run measures picks, not refusals (a refused pick writes nothing and is cheaper).
  const open = station.ctx.db.$client
    .prepare(
      'select sku, sum(qty_open) as qty from order_items where order_active = 1 and qty_open > 0 group by sku',
    )
    .all() as { sku: string; qty: number }[];
  const bodies = shuffled(
    open.flatMap(({ sku, qty }) => Array<string>(qty).fill(JSON.stringify({ sku, qty: 1 }))),
  );
  console.log(`${bodies.length} open units to pick`);

  const bare = await bareWriteServer(station.dataDir);
  // A second of each first, so both are measured with the JIT warm; the pick warm-up takes its
  // units from the end of the list, the measured run from the start.
  const warmUp = bodies.splice(-WARM_UP_UNITS);
  await wrk({ url: `${bare.url}/bare`, method: 'POST', bodies, seconds: 1 });
  const baseline = await wrk({
    url: `${bare.url}/bare`,
    method: 'POST',
    bodies,
    seconds: PICK_SECONDS,
  });
  await wrk({ url: `${url}/api/pick`, method: 'POST', headers: auth, bodies: warmUp, seconds: 1 });
  const pick = await wrk({
    url: `${url}/api/pick`,
    method: 'POST',
    headers: auth,
    bodies,
    seconds: PICK_SECONDS,
  });
  await bare.app.close();

  const ratio = pick.requestsPerSec / baseline.requestsPerSec;
  console.log(
    `baseline (bare route, one SQLite write): ${baseline.requestsPerSec.toFixed(0)} req/s, p50 ${ms(baseline.p50Ms)}, p99 ${ms(baseline.p99Ms)}`,
  );
  console.log(
    `POST /api/pick: ${pick.requestsPerSec.toFixed(0)} req/s, p50 ${ms(pick.p50Ms)}, p99 ${ms(pick.p99Ms)}, ${pick.requests} requests, ${pick.non2xx} non-2xx`,
  );
  report(
    'POST /api/pick throughput vs bare write',
    `${(ratio * 100).toFixed(0)}% of baseline`,
    '>= 50%',
    ratio >= 0.5,
  );
  const p99Bar = Math.max(10, 2 * baseline.p99Ms);
  report('POST /api/pick p99', ms(pick.p99Ms), `<= ${ms(p99Bar)}`, pick.p99Ms <= p99Bar);
  report(`GET /api/picklist p50 (${station.openLines} open lines)`, ms(p50), '<= 50 ms', p50 <= 50);
  if (pick.non2xx > pick.requests * 0.01) {
    console.log(
      `MISS  the pick run is not valid: ${pick.non2xx} of ${pick.requests} picks were refused (open units ran out); shorten PICK_SECONDS`,
    );
  }
  await station.app.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
