import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSecretStore, KEYCHAIN_PROBE_TIMEOUT_MS } from './index';

/**
 * A "session bus" that accepts connections and never answers: libsecret waits on it forever, as it
 * does on a Secret Service stuck behind an unlock prompt nobody can see.
 */
describe('createSecretStore with a keychain that never answers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'station-silent-bus-'));
  const accepted: Socket[] = [];
  const silentBus = createServer((socket) => accepted.push(socket));

  beforeAll(async () => {
    await new Promise<void>((resolve) => silentBus.listen(join(dir, 'bus'), resolve));
    process.env.DBUS_SESSION_BUS_ADDRESS = `unix:path=${join(dir, 'bus')}`;
  });
  // Hanging up is what lets the stuck keytar call fail, so this process can exit.
  afterAll(async () => {
    for (const socket of accepted) socket.destroy();
    await new Promise((resolve) => silentBus.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  it("mode 'auto' gives up after the probe timeout and falls back to the file", async () => {
    const started = Date.now();
    const store = await createSecretStore({ dataDir: dir, instanceId: 'i1', mode: 'auto' });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(KEYCHAIN_PROBE_TIMEOUT_MS - 50);
    expect(elapsed).toBeLessThan(KEYCHAIN_PROBE_TIMEOUT_MS + 1000);
    expect(store.backend).toBe('file');
    expect(store.warning).toContain('(no answer within 3 s)');
  }, 10_000);
});
