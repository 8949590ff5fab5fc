import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileSecretStore, secretsFile } from './file-store';

describe('FileSecretStore', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'station-secrets-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('sets, gets and deletes a secret', async () => {
    const store = new FileSecretStore(dataDir, null);
    await store.set('smtp.password', 'hunter2');
    await store.set('sms.auth_token', 'tok');
    expect(await store.get('smtp.password')).toBe('hunter2');
    await store.delete('smtp.password');
    expect(await store.get('smtp.password')).toBeNull();
    expect(await store.get('sms.auth_token')).toBe('tok');
  });

  it('keeps the file readable only by its owner, even after it was loosened', async () => {
    const store = new FileSecretStore(dataDir, null);
    await store.set('storefront.api_key', 'k1');
    expect(statSync(secretsFile(dataDir)).mode & 0o777).toBe(0o600);
    writeFileSync(secretsFile(dataDir), '{}', { mode: 0o644 });
    await store.set('storefront.api_key', 'k2');
    expect(statSync(secretsFile(dataDir)).mode & 0o777).toBe(0o600);
  });

  it('keeps values for the next instance', async () => {
    await new FileSecretStore(dataDir, null).set('amazon.refresh_token', 'Atzr|x');
    expect(await new FileSecretStore(dataDir, null).get('amazon.refresh_token')).toBe('Atzr|x');
  });

  it('treats a missing file as no secrets, and deleting from it as a no-op', async () => {
    const store = new FileSecretStore(dataDir, 'warning');
    expect(await store.get('auth.signing_key')).toBeNull();
    await store.delete('auth.signing_key');
    expect(() => statSync(secretsFile(dataDir))).toThrow();
    expect(store).toMatchObject({ backend: 'file', warning: 'warning' });
  });

  it('treats an empty value as deleting the secret', async () => {
    const store = new FileSecretStore(dataDir, null);
    await store.set('smtp.password', 'x');
    await store.set('smtp.password', '');
    expect(await store.get('smtp.password')).toBeNull();
  });

  it('refuses a corrupt file instead of starting afresh', async () => {
    writeFileSync(secretsFile(dataDir), '{"smtp.password": ');
    const store = new FileSecretStore(dataDir, null);
    await expect(store.get('smtp.password')).rejects.toThrow(/not a JSON object of secrets/);
    await expect(store.set('smtp.password', 'x')).rejects.toThrow(/not a JSON object/);
  });

  it('loses no update when sets run concurrently', async () => {
    const store = new FileSecretStore(dataDir, null);
    await Promise.all([store.set('smtp.password', 'a'), store.set('sms.auth_token', 'b')]);
    expect(await store.get('smtp.password')).toBe('a');
    expect(await store.get('sms.auth_token')).toBe('b');
  });
});
