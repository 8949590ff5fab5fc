import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSecretStore } from './index';
import { KEYCHAIN_SERVICE, KeytarSecretStore } from './keytar-store';
import { startTestKeyring, type TestKeyring } from '../../testing/test-keyring';

const hasSecretTool = (() => {
  try {
    execFileSync('secret-tool', ['--version'], { stdio: 'ignore' });
    return true;
  } catch (err) {
    // Without arguments secret-tool prints usage and exits 2; only a missing binary is ENOENT.
    return (err as NodeJS.ErrnoException).code !== 'ENOENT';
  }
})();

/** Reads an entry the way another program would: a new process, its own D-Bus connection. */
function readWithFreshKeytar(address: string, account: string): string {
  const keytar = createRequire(import.meta.url).resolve('keytar');
  const script = `const k = require(${JSON.stringify(keytar)});
k.getPassword(${JSON.stringify(KEYCHAIN_SERVICE)}, ${JSON.stringify(account)})
  .then((value) => process.stdout.write(JSON.stringify(value)));`;
  const out = execFileSync(process.execPath, ['-e', script], {
    env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: address },
    encoding: 'utf8',
  });
  return JSON.parse(out);
}

describe('KeytarSecretStore against a real gnome-keyring', () => {
  let keyring: TestKeyring;
  const instanceId = randomUUID();
  const store = new KeytarSecretStore(instanceId);

  beforeAll(async () => {
    keyring = await startTestKeyring();
  }, 20_000);
  afterAll(() => keyring?.stop());

  it('sets, gets and deletes a secret', async () => {
    await store.set('smtp.password', 'hunter2');
    expect(await store.get('smtp.password')).toBe('hunter2');
    await store.set('smtp.password', 'hunter3');
    expect(await store.get('smtp.password')).toBe('hunter3');
    await store.delete('smtp.password');
    expect(await store.get('smtp.password')).toBeNull();
    await store.delete('smtp.password');
  });

  it('treats an empty value as deleting the secret', async () => {
    await store.set('sms.auth_token', 'tok');
    await store.set('sms.auth_token', '');
    expect(await store.get('sms.auth_token')).toBeNull();
  });

  it('keeps two stations apart by instance id', async () => {
    const other = new KeytarSecretStore(randomUUID());
    await store.set('storefront.api_key', 'mine');
    expect(await other.get('storefront.api_key')).toBeNull();
    await other.set('storefront.api_key', 'theirs');
    expect(await store.get('storefront.api_key')).toBe('mine');
    await other.delete('storefront.api_key');
    expect(await store.get('storefront.api_key')).toBe('mine');
  });

  it('stores in the Secret Service, where a separate process can read it', async () => {
    await store.set('amazon.refresh_token', 'Atzr|fresh');
    expect(readWithFreshKeytar(keyring.address, `${instanceId}/amazon.refresh_token`)).toBe(
      'Atzr|fresh',
    );
  });

  it.skipIf(!hasSecretTool)(
    `stores under service/account attributes secret-tool finds${hasSecretTool ? '' : ' (skipped: secret-tool, from libsecret-tools, is not installed)'}`,
    async () => {
      await store.set('amazon.client_secret', 'cs-1');
      const out = execFileSync(
        'secret-tool',
        ['lookup', 'service', KEYCHAIN_SERVICE, 'account', `${instanceId}/amazon.client_secret`],
        { env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: keyring.address }, encoding: 'utf8' },
      );
      expect(out).toBe('cs-1');
    },
  );

  it("createSecretStore({ mode: 'auto' }) picks the keychain when one is reachable", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'station-secrets-'));
    try {
      const chosen = await createSecretStore({ dataDir, instanceId, mode: 'auto' });
      expect(chosen).toMatchObject({ backend: 'keychain', warning: null });
      expect(await chosen.get('storefront.api_key')).toBe('mine');
      const forced = await createSecretStore({ dataDir, instanceId, mode: 'keychain' });
      expect(forced.backend).toBe('keychain');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
