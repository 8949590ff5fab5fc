// Starts a headless station on a brand-new data folder for one Playwright run:
//   node e2e/start-station.mjs <port>
// No admin is configured through the environment, so the first-run screen appears.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const port = Number(process.argv[2]);
if (!Number.isInteger(port) || port <= 0) {
  console.error('usage: node e2e/start-station.mjs <port>');
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
delete env.STATION_ADMIN_USERNAME;
delete env.STATION_ADMIN_PASSWORD;

const station = spawn(process.execPath, [entry, '--port', String(port), '--data-dir', dataDir], {
  env,
  stdio: 'inherit',
});

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => station.kill(signal));
}
station.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
