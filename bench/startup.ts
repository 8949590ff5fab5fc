// A headless station holding 100,000 orders: time from process start to the first answer of
// GET /api/health, and its memory (RSS) once it has served a pick list. The baseline is a bare
// Node HTTP server started the same way in the same run.
// Run by hand: npm run bench:startup   (needs npm run build first)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appRoot } from '../src-main/platform/paths';
import { BENCH_ADMIN, benchAuth, seededStation } from './lib/seed';
import { stopChild, timeToFirstAnswer } from './lib/child';
import { freePort } from './lib/ports';
import { ms, report } from './lib/report';

const ORDERS = 100_000;
const STATION_ENV = { STATION_SECRET_STORE: 'file', STATION_LOG_LEVEL: 'warn' };

const rssMb = (pid: number) =>
  Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

async function main() {
  const t = performance.now();
  const seeded = await seededStation(ORDERS);
  await seeded.ctx.users.createFirstAdmin(BENCH_ADMIN);
  await seeded.app.close();
  console.log(
    `seeded ${ORDERS} orders (${seeded.openLines} open lines) in ${ms(performance.now() - t)}`,
  );

  const barePort = await freePort();
  const bare = await timeToFirstAnswer(
    [
      '-e',
      `require('node:http').createServer((q, s) => s.end('ok')).listen(${barePort}, '127.0.0.1')`,
    ],
    `http://127.0.0.1:${barePort}/`,
    { env: STATION_ENV },
  );
  await stopChild(bare.child);

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const serve = join(appRoot(), 'out', 'main', 'serve.js');
  const station = await timeToFirstAnswer(
    [serve, '--port', String(port), '--host', '127.0.0.1', '--data-dir', seeded.dataDir],
    `${url}/api/health`,
    { env: STATION_ENV },
  );
  const pid = station.child.pid!;
  const atStart = rssMb(pid);
  const headers = await benchAuth(url);
  let peak = atStart;
  const slowest = new Map<string, number>();
  for (const path of ['/api/picklist', '/api/orders/ready-to-pack', '/api/orders?page_size=200']) {
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      await (await fetch(`${url}${path}`, { headers })).arrayBuffer();
      slowest.set(path, Math.max(slowest.get(path) ?? 0, performance.now() - t0));
    }
    peak = Math.max(peak, rssMb(pid));
  }
  await stopChild(station.child);

  console.log(
    `baseline (bare Node HTTP server, same spawn and poll): first answer after ${ms(bare.ms)}`,
  );
  console.log(
    `station: first GET /api/health after ${ms(station.ms)} (${(station.ms / bare.ms).toFixed(1)}× baseline); RSS ${atStart.toFixed(0)} MB at start, ${peak.toFixed(0)} MB after serving pick lists and order lists`,
  );
  console.log(`slowest of 5: ${[...slowest].map(([path, t]) => `${path} ${ms(t)}`).join(', ')}`);
  report(
    `first GET /api/health, ${ORDERS.toLocaleString('en-US')} orders`,
    ms(station.ms),
    '<= 2000 ms',
    station.ms <= 2000,
  );
  report('RSS after serving', `${peak.toFixed(0)} MB`, '<= 300 MB', peak <= 300);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
