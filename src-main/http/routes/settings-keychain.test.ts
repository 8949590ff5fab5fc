import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKeytar, KEYCHAIN_SERVICE } from '../../platform/secrets/keytar-store';
import { startTestKeyring, type TestKeyring } from '../../testing/test-keyring';
import { readSetting } from '../../store/settings';
import { testStation, type TestStation } from '../../testing/test-station';

let keyring: TestKeyring;
let st: TestStation;
beforeAll(async () => {
  keyring = await startTestKeyring();
  st = await testStation({ secrets: 'auto' });
});
afterAll(async () => {
  await st.close();
  await keyring.stop();
});

describe('settings secrets in the OS keychain (real gnome-keyring over D-Bus)', () => {
  it('the station picks the keychain when one is reachable and says so', async () => {
    const res = await st.request('GET', '/api/admin/settings', { token: st.admin.access });
    expect(res.json().secret_storage).toEqual({ backend: 'keychain', warning: null });
  });

  it('writes secrets through keytar, never into answers, SQLite or a secrets file', async () => {
    const token = st.admin.access;
    const apiKey = 'sk_live_KEYCHAIN_only_5a5a';
    const smtpPassword = 'smtp-KEYCHAIN-pass-6b6b';
    await st.request('PUT', '/api/admin/settings', { token, body: { api_key: apiKey } });
    await st.request('PUT', '/api/admin/email-settings', {
      token,
      body: { smtp: { password: smtpPassword } },
    });

    const answers = [
      await st.request('GET', '/api/admin/settings', { token }),
      await st.request('GET', '/api/admin/email-settings', { token }),
    ];
    expect(answers[0]!.json().api_key_set).toBe(true);
    expect(answers[1]!.json().smtp.password_set).toBe(true);
    const everything = [
      ...answers.map((a) => a.body),
      ...readdirSync(st.dataDir).map((f) => readFileSync(join(st.dataDir, f)).toString('latin1')),
    ].join('');
    expect(everything).not.toContain(apiKey);
    expect(everything).not.toContain(smtpPassword);
    expect(readdirSync(st.dataDir)).not.toContain('secrets.json');

    // Read back straight from the Secret Service, under the station's own account names.
    const keytar = await loadKeytar();
    const instance = readSetting<string>(st.ctx.db, 'instance_id');
    expect(await keytar.getPassword(KEYCHAIN_SERVICE, `${instance}/storefront.api_key`)).toBe(
      apiKey,
    );
    expect(await keytar.getPassword(KEYCHAIN_SERVICE, `${instance}/smtp.password`)).toBe(
      smtpPassword,
    );
  });
});
