// Starts a headless station on a brand-new data folder for one Playwright run:
//   node e2e/start-station.mjs <port> [--demo]
// Plain, no admin is configured through the environment, so the first-run screen appears.
// With --demo the station imports its generated shop at start and creates the admin from
// STATION_ADMIN_USERNAME / STATION_ADMIN_PASSWORD, for specs that need orders to work on.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [portArg, ...flags] = process.argv.slice(2);
const port = Number(portArg);
const demo = flags.includes('--demo');
if (!Number.isInteger(port) || port <= 0 || flags.some((f) => f !== '--demo')) {
  console.error('usage: node e2e/start-station.mjs <port> [--demo]');
  process.exit(2);
}

const entry = 'out/main/serve.js';
if (!existsSync(entry)) {
  console.error(`${entry} is missing: run "npm run build" first (npm run test:e2e does).`);
  process.exit(1);
}

const dataDir = join(tmpdir(), `warehouse-station-e2e-${port}`);
rmSync(dataDir, { recursive: true, force: true });
mkdirSync(dataDir, { recursive: true });

const env = { ...process.env, STATION_SECRET_STORE: 'file' };
if (!demo) {
  delete env.STATION_ADMIN_USERNAME;
  delete env.STATION_ADMIN_PASSWORD;
}

const args = [entry, '--port', String(port), '--data-dir', dataDir, ...(demo ? ['--demo'] : [])];
const station = spawn(process.execPath, args, { env, stdio: 'inherit' });

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => station.kill(signal));
}
station.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
