import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSecretStore, KEYCHAIN_PROBE_TIMEOUT_MS, secretsFile } from './index';

// Before keytar's first call: libsecret connects once per process and keeps that bus. Vitest gives
// each test file its own process, so this cannot leak into, or from, the real-keyring tests.
process.env.DBUS_SESSION_BUS_ADDRESS = 'unix:path=/nonexistent/bus';

describe('createSecretStore without a reachable keychain', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'station-secrets-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("mode 'auto' falls back to the file, quickly, and says where the secrets are", async () => {
    const started = Date.now();
    const store = await createSecretStore({ dataDir, instanceId: 'i1', mode: 'auto' });
    expect(Date.now() - started).toBeLessThan(KEYCHAIN_PROBE_TIMEOUT_MS);
    expect(store.backend).toBe('file');
    expect(store.warning).toMatch(/^No OS keychain is reachable \(.+\), so secrets are kept in /);
    expect(store.warning).toContain(secretsFile(dataDir));
    await store.set('smtp.password', 'hunter2');
    expect(await store.get('smtp.password')).toBe('hunter2');
  });

  it("mode 'keychain' refuses with a message saying what to do", async () => {
    await expect(
      createSecretStore({ dataDir, instanceId: 'i1', mode: 'keychain' }),
    ).rejects.toThrow(/^The OS keychain is not reachable \(.+\)\. .*STATION_SECRET_STORE=file/);
  });

  it("mode 'file' takes the file, with no warning", async () => {
    const store = await createSecretStore({ dataDir, instanceId: 'i1', mode: 'file' });
    expect(store).toMatchObject({ backend: 'file', warning: null });
  });
});
