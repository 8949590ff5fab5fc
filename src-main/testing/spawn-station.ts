import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { appRoot } from '../platform/paths';

export interface SpawnedStation {
  url: string;
  child: ChildProcess;
  /** Everything it printed so far, stdout and stderr. */
  output(): string;
}

/** Runs the built headless station (`out/main/serve.js`) as a real process on a free port. */
export async function spawnStation(
  dataDir: string,
  env: Record<string, string> = {},
  host = '127.0.0.1',
): Promise<SpawnedStation> {
  const serve = join(appRoot(), 'out', 'main', 'serve.js');
  if (!existsSync(serve))
    throw new Error(`${serve} is missing: npm test builds it first (npm run build).`);
  const child = spawn(
    process.execPath,
    [serve, '--port', '0', '--host', host, '--data-dir', dataDir],
    {
      env: { ...process.env, STATION_SECRET_STORE: 'file', ...env },
    },
  );
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the station did not start:\n${output}`)),
      10_000,
    );
    child.stdout.on('data', () => {
      const m = output.match(/running: open (http:\/\/\S+)/);
      if (!m) return;
      clearTimeout(timer);
      resolve(m[1]!);
    });
    child.on('exit', (code) => reject(new Error(`the station exited (${code}):\n${output}`)));
  });
  return { url, child, output: () => output };
}
