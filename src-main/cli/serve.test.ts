import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lanReach } from '../platform/lan-addresses';
import { spawnStation } from '../testing/spawn-station';
import { parseServeArgs } from './args';

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
  afterEach(() => {
    child?.kill('SIGKILL');
  });

  it('creates the env admin, answers health, logs no secret or token, and stops cleanly on SIGTERM', async () => {
    const station = await spawnStation(mkdtempSync(join(tmpdir(), 'ws-serve-')), {
      STATION_ADMIN_USERNAME: 'owner',
      STATION_ADMIN_PASSWORD: 'owner-password-1',
    });
    child = station.child;
    const { url, output } = station;
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
    // A pick list left open on some screen must not hold the shutdown up.
    const events = await fetch(`${url}/api/events?access=${encodeURIComponent(access)}`);
    expect(events.status).toBe(200);

    const exited = new Promise<number | null>((resolve) =>
      station.child.on('exit', (code) => resolve(code)),
    );
    station.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output()).toMatch(/SIGTERM: stopping the station/);
    expect(output()).toMatch(
      /^Handhelds: none, the station listens only on this PC \(127\.0\.0\.1\)/m,
    );
    expect(output()).toContain('"url":"/api/events?access=[REDACTED]"');
    expect(output()).not.toContain(secret);
    expect(output()).not.toContain(access);
    expect(output()).not.toContain('owner-password-1');
  });

  it('prints the picker URL of each LAN address as a plain line when it listens on all of them', async () => {
    const station = await spawnStation(mkdtempSync(join(tmpdir(), 'ws-serve-')), {}, '0.0.0.0');
    child = station.child;
    const port = Number(new URL(station.url).port);
    const expected = lanReach({ host: '0.0.0.0', port }).addresses.map(
      (a) => `Handhelds: ${a.picker_url}`,
    );
    const printed = () =>
      station
        .output()
        .split('\n')
        .filter((l) => l.startsWith('Handhelds: '));
    await expect
      .poll(printed)
      .toEqual(expected.length ? expected : [expect.stringMatching(/no network address/)]);
  });

  it('writes no access-log line per pick, while other requests still log one', async () => {
    const station = await spawnStation(mkdtempSync(join(tmpdir(), 'ws-serve-')), {
      STATION_ADMIN_USERNAME: 'owner',
      STATION_ADMIN_PASSWORD: 'owner-password-1',
    });
    child = station.child;
    const { url, output } = station;
    const login = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'owner', password: 'owner-password-1' }),
    });
    const { access } = (await login.json()) as { access: string };
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${access}` };
    // An unknown SKU: answered 404 by the pick route's own code, like any pick.
    const pick = await fetch(`${url}/api/pick`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ sku: 'NO-SUCH-SKU', qty: 1 }),
    });
    expect(pick.status).toBe(404);
    // Lines arrive in order: once the later request's is here, the pick's would be too.
    await fetch(`${url}/api/picklist`, { headers });
    await vi.waitFor(() => expect(output()).toContain('"url":"/api/picklist"'));
    expect(output()).not.toContain('"url":"/api/pick"');
  });
});
