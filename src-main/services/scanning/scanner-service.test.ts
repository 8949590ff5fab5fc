import { openSerialScanner } from '../../devices/scanner/serial-scanner';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StationEvent } from '../../contract/events';
import { seedOrders } from '../../testing/fixtures';
import { socatPair, type SocatPair } from '../../testing/socat-pair';
import { testStation, type TestStation } from '../../testing/test-station';
import { ScannerService, type ScanEvent } from './scanner-service';

const FAST = { pollMs: 50, retryMs: 50 };
let st: TestStation;
let dir: string;
let pair: SocatPair;
let packer: string;
const scans: ScanEvent[] = [];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ws-scanner-'));
  pair = await socatPair(dir);
  st = await testStation();
  seedOrders(st.ctx.db, [{ ext: '1001', createdAt: '2026-11-19T10:00:00Z', lines: { HAY: 1 } }]);
  st.ctx.db.$client.prepare("update products set barcode = '0860001234562'").run();
  packer = (await st.userWithRole('packer')).access;
  scans.length = 0;
  st.ctx.bus.subscribe((e: StationEvent) => {
    if (e.type === 'scan') scans.push(e.data as ScanEvent);
  });
});
afterEach(async () => {
  // socat must not outlive a failed test.
  try {
    await st.close();
  } finally {
    await pair.unplug();
    rmSync(dir, { recursive: true, force: true });
  }
});

const settings = (scanner: object) =>
  st.request('PUT', '/api/admin/settings', { token: st.admin.access, body: { scanner } });
const status = async () =>
  (await st.request('GET', '/api/devices/scanner', { token: packer })).json();
const timeouts = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;

describe('ScannerService', () => {
  it('turns each serial scan into a resolved `scan` event, and follows the settings', async () => {
    st.ctx.scanner = new ScannerService({ ...st.ctx, openSource: openSerialScanner }, FAST);
    await st.ctx.scanner.start();
    expect(await status()).toEqual({
      path: null,
      connected: false,
      error: null,
      last_scan_at: null,
    });

    await settings({ serial_path: pair.scanner });
    await vi.waitFor(async () => expect((await status()).connected).toBe(true));
    pair.send('0860001234562\r\n');
    await vi.waitFor(() => expect(scans).toHaveLength(1));
    expect(scans[0]).toEqual({
      code: '0860001234562',
      source: `serial:${pair.scanner}`,
      resolved: {
        kind: 'product',
        match: 'barcode',
        product: expect.objectContaining({ sku: 'HAY', barcode: '0860001234562' }),
      },
    });
    expect(await status()).toEqual({
      path: pair.scanner,
      connected: true,
      error: null,
      last_scan_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });

    // A new terminator reopens the port with it.
    await settings({ terminator: 'tab' });
    await vi.waitFor(async () => {
      pair.send('CC-1001\t');
      expect(scans.length).toBeGreaterThan(1);
    });
    expect(scans[1]).toMatchObject({
      code: 'CC-1001',
      resolved: { kind: 'order', order: { number: 'CC-1001' } },
    });

    await settings({ serial_path: '' });
    await vi.waitFor(async () => expect((await status()).path).toBeNull());
    const seen = scans.length;
    pair.send('CC-1001\t');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(scans).toHaveLength(seen);
    await st.ctx.scanner.stop();
  });

  it('an unplugged gun shows as disconnected and comes back by itself, telling open screens', async () => {
    const told: { connected: boolean; path: string | null }[] = [];
    st.ctx.bus.subscribe((e) => {
      if (e.type === 'scanner_status') told.push(e.data as (typeof told)[number]);
    });
    st.ctx.scanner = new ScannerService({ ...st.ctx, openSource: openSerialScanner }, FAST);
    await settings({ serial_path: pair.scanner });
    await st.ctx.scanner.start();
    await vi.waitFor(async () => expect((await status()).connected).toBe(true));
    await pair.unplug();
    await vi.waitFor(async () =>
      expect(await status()).toMatchObject({ connected: false, error: expect.any(String) }),
    );
    await pair.plug();
    await vi.waitFor(async () => expect((await status()).connected).toBe(true));
    pair.send('CC-1001\r\n');
    await vi.waitFor(() => expect(scans.map((s) => s.resolved.kind)).toEqual(['order']));
    await settings({ serial_path: '' });
    await vi.waitFor(() => expect(told.at(-1)?.path).toBeNull());
    // Plugged, pulled, plugged again, then taken out of setup (while it is out, each failed
    // retry may tell a new reason, so repeats of the same state are folded here).
    const states = told.map((t) => [t.path, t.connected]);
    expect(states.filter((t, i) => i === 0 || String(t) !== String(states[i - 1]))).toEqual([
      [pair.scanner, true],
      [pair.scanner, false],
      [pair.scanner, true],
      [null, false],
    ]);
    await st.ctx.scanner.stop();
  });

  it('runs with the serving station and stops with it, leaving no timer behind', async () => {
    await settings({ serial_path: pair.scanner });
    const before = timeouts();
    await st.app.listen({ port: 0, host: '127.0.0.1' });
    await vi.waitFor(async () =>
      expect(await status()).toMatchObject({ path: pair.scanner, connected: true }),
    );
    expect(timeouts()).toBeGreaterThan(before);
    await st.app.close();
    expect(st.ctx.scanner.status()).toMatchObject({ path: null, connected: false });
    // The storefront schedule is not set up here, so the scanner's poll was the only timer.
    expect(timeouts()).toBe(before);
  });
});
