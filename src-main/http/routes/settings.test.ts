import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testStation, type TestStation } from '../../testing/test-station';

let st: TestStation;
beforeEach(async () => {
  st = await testStation();
});
afterEach(() => st.close());

const SECRETS = {
  api_key: 'sk_live_STOREFRONT_9f8e7d',
  password: 'smtp-PASSWORD-4411',
  auth_token: 'twilio-TOKEN-77aa',
};

/** Every byte SQLite wrote: the main file and its WAL. */
const sqliteBytes = (dataDir: string) =>
  readdirSync(dataDir)
    .filter((f) => f.startsWith('station.db'))
    .map((f) => readFileSync(join(dataDir, f)).toString('latin1'))
    .join('');

describe('settings', () => {
  it('starts from documented defaults', async () => {
    const res = await st.request('GET', '/api/admin/settings', { token: st.admin.access });
    expect(res.json()).toMatchObject({
      api_base_url: '',
      api_key_set: false,
      sync_interval_minutes: 10,
      status_mapping: { processing: 'open', refunded: 'cancelled', shipped: 'closed' },
      lan: { enabled: true, host: '' },
      printer: { type: 'epson', interface: '', width: 48 },
      scanner: { baud: 9600, terminator: 'enter' },
      secret_storage: { backend: 'file' },
    });
  });

  it('a PUT changes only what it sends and says when a restart is needed', async () => {
    const put = await st.request('PUT', '/api/admin/settings', {
      token: st.admin.access,
      body: { api_base_url: 'https://shop.example.com/api', printer: { width: 42 } },
    });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({
      api_base_url: 'https://shop.example.com/api',
      printer: { type: 'epson', width: 42 },
      restart_required: false,
    });
    const lan = await st.request('PUT', '/api/admin/settings', {
      token: st.admin.access,
      body: { lan: { enabled: false } },
    });
    expect(lan.json()).toMatchObject({
      lan: { enabled: false, host: '' },
      restart_required: true,
      api_base_url: 'https://shop.example.com/api',
    });
  });

  it('a partial nested PUT keeps the sibling fields already saved', async () => {
    const token = st.admin.access;
    await st.request('PUT', '/api/admin/settings', {
      token,
      body: { printer: { type: 'star', interface: 'tcp://10.0.0.9:9100' } },
    });
    await st.request('PUT', '/api/admin/settings', { token, body: { printer: { width: 42 } } });
    await st.request('PUT', '/api/admin/email-settings', {
      token,
      body: { smtp: { host: 'mail.example.com', port: 2525 } },
    });
    await st.request('PUT', '/api/admin/email-settings', {
      token,
      body: { smtp: { secure: true } },
    });
    expect((await st.request('GET', '/api/admin/settings', { token })).json().printer).toEqual({
      type: 'star',
      interface: 'tcp://10.0.0.9:9100',
      width: 42,
    });
    expect(
      (await st.request('GET', '/api/admin/email-settings', { token })).json().smtp,
    ).toMatchObject({
      host: 'mail.example.com',
      port: 2525,
      secure: true,
    });
  });

  it('keeps secrets out of every answer and out of the SQLite file, and reports them as set', async () => {
    const token = st.admin.access;
    const a = await st.request('PUT', '/api/admin/settings', {
      token,
      body: { api_key: SECRETS.api_key },
    });
    const b = await st.request('PUT', '/api/admin/email-settings', {
      token,
      body: {
        smtp: { host: 'mail.example.com', password: SECRETS.password },
        sms: { auth_token: SECRETS.auth_token },
      },
    });
    const gets = [
      await st.request('GET', '/api/admin/settings', { token }),
      await st.request('GET', '/api/admin/email-settings', { token }),
    ];
    for (const res of [a, b, ...gets]) {
      for (const secret of Object.values(SECRETS)) expect(res.body).not.toContain(secret);
    }
    expect(gets[0]!.json().api_key_set).toBe(true);
    expect(gets[1]!.json()).toMatchObject({
      smtp: { host: 'mail.example.com', password_set: true },
      sms: { auth_token_set: true },
    });
    for (const secret of Object.values(SECRETS))
      expect(sqliteBytes(st.dataDir)).not.toContain(secret);
    expect(await st.ctx.secrets.get('storefront.api_key')).toBe(SECRETS.api_key);

    await st.request('PUT', '/api/admin/settings', { token, body: { api_key: null } });
    expect((await st.request('GET', '/api/admin/settings', { token })).json().api_key_set).toBe(
      false,
    );
    expect(await st.ctx.secrets.get('storefront.api_key')).toBeNull();
  });
});
