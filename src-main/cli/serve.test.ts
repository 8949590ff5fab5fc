import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { appRoot } from '../platform/paths';
import { parseServeArgs } from './args';

const built = join(appRoot(), 'out', 'main', 'serve.js');

describe('serve arguments', () => {
  it('reads port, host and data dir, with env and defaults behind them', () => {
    expect(
      parseServeArgs(['--port', '6000', '--host', '127.0.0.1', '--data-dir', '/d'], {}),
    ).toEqual({
      port: 6000,
      host: '127.0.0.1',
      dataDir: '/d',
      demo: false,
    });
    expect(parseServeArgs([], { STATION_PORT: '7000', STATION_DATA_DIR: '/e' })).toMatchObject({
      port: 7000,
      dataDir: '/e',
    });
    expect(parseServeArgs([], {}).port).toBe(5780);
  });

  it('refuses a bad port or an unknown flag with the usage line', () => {
    expect(() => parseServeArgs(['--port', 'abc'], {})).toThrow(
      /--port must be a whole number.*\n.*Usage/,
    );
    expect(() => parseServeArgs(['--frobnicate'], {})).toThrow(/Usage: npm run serve/);
  });
});

describe('the headless station process', () => {
  let child: ChildProcess | undefined;
  beforeAll(() => {
    if (!existsSync(built))
      throw new Error(`${built} is missing: npm test builds it first (npm run build).`);
  });
  afterEach(() => {
    child?.kill('SIGKILL');
  });

  /** Starts `node out/main/serve.js`, resolving with its URL once it says it is running. */
  async function start(env: Record<string, string>) {
    const dataDir = mkdtempSync(join(tmpdir(), 'ws-serve-'));
    child = spawn(
      process.execPath,
      [built, '--port', '0', '--host', '127.0.0.1', '--data-dir', dataDir],
      {
        env: { ...process.env, STATION_SECRET_STORE: 'file', ...env },
      },
    );
    let output = '';
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start line:\n${output}`)), 10_000);
      child!.stdout!.on('data', () => {
        const m = output.match(/running: open (http:\/\/\S+)/);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
    });
    return { url, output: () => output, child: child! };
  }

  it('creates the env admin, answers health, logs no secret or token, and stops cleanly on SIGTERM', async () => {
    const { url, output, child } = await start({
      STATION_ADMIN_USERNAME: 'owner',
      STATION_ADMIN_PASSWORD: 'owner-password-1',
    });
    expect(await (await fetch(`${url}/api/health`)).json()).toMatchObject({
      status: 'ok',
      needs_setup: false,
    });
    const login = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'owner', password: 'owner-password-1' }),
    });
    const { access } = (await login.json()) as { access: string };
    const secret = 'sk_live_NEVER_IN_LOGS_123';
    await fetch(`${url}/api/admin/settings`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${access}` },
      body: JSON.stringify({ api_key: secret }),
    });
    const events = await fetch(`${url}/api/events?access=${encodeURIComponent(access)}`);
    expect(events.status).toBe(200);
    await events.body!.cancel();

    const exited = new Promise<number | null>((resolve) =>
      child.on('exit', (code) => resolve(code)),
    );
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output()).toMatch(/SIGTERM: stopping the station/);
    expect(output()).toContain('"url":"/api/events?access=[REDACTED]"');
    expect(output()).not.toContain(secret);
    expect(output()).not.toContain(access);
    expect(output()).not.toContain('owner-password-1');
  });
});
