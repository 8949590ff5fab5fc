import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStation } from '../../station';
import { testStation, type TestStation } from '../../testing/test-station';

let st: TestStation;
beforeEach(async () => {
  st = await testStation();
});
afterEach(() => st.close());

/** Neither the access token nor the refresh token of this login works any more. */
async function expectSessionEnded(tokens: { access: string; refresh: string }) {
  expect((await st.request('GET', '/api/auth/me', { token: tokens.access })).statusCode).toBe(401);
  expect(
    (await st.request('POST', '/api/auth/refresh', { body: { refresh: tokens.refresh } }))
      .statusCode,
  ).toBe(401);
}

const login = (body: object) => st.request('POST', '/api/auth/login', { body });

describe('login', () => {
  it('accepts the right password, by username or by email, and answers tokens and the user', async () => {
    await st.ctx.users.create({
      username: 'ana',
      email: 'ana@example.com',
      password: 'right-password',
      role: 'picker',
    });
    const byName = await login({ username: 'ana', password: 'right-password' });
    expect(byName.statusCode).toBe(200);
    expect(byName.json()).toMatchObject({
      user: { username: 'ana', email: 'ana@example.com', role: 'picker' },
    });
    expect(byName.json().access).toEqual(expect.any(String));
    expect(byName.json().refresh).toEqual(expect.any(String));
    expect((await login({ email: 'ANA@example.com', password: 'right-password' })).statusCode).toBe(
      200,
    );
    expect(
      (await login({ username: 'ana@example.com', password: 'right-password' })).statusCode,
    ).toBe(200);
  });

  it('answers a wrong password and an unknown user with the same 401 message', async () => {
    const wrong = await login({ username: 'admin', password: 'nope-nope' });
    const unknown = await login({ username: 'ghost', password: 'nope-nope' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().error.code).toBe('bad_credentials');
  });

  it('throttles repeated failures with 429 and Retry-After, even when the password is then right', async () => {
    for (let i = 0; i < 5; i++)
      expect((await login({ username: 'admin', password: 'bad' })).statusCode).toBe(401);
    const blocked = await login({ username: 'admin', password: 'admin-password' });
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(blocked.json().error.message).toMatch(/Too many failed sign-ins/);
  });

  it('refuses a disabled user', async () => {
    const user = await st.ctx.users.create({
      username: 'bob',
      password: 'bob-password',
      role: 'packer',
    });
    await st.ctx.users.update(user.id, { active: false });
    expect((await login({ username: 'bob', password: 'bob-password' })).statusCode).toBe(401);
  });
});

describe('tokens', () => {
  it('me answers who the token belongs to; a forged or garbled token is 401', async () => {
    const me = await st.request('GET', '/api/auth/me', { token: st.admin.access });
    expect(me.json()).toEqual({
      id: st.admin.user.id,
      username: 'admin',
      email: null,
      role: 'admin',
    });
    const [sid, exp] = st.admin.access.split('.');
    for (const token of [
      'garbage',
      `${sid}.${exp}.forgedsignature`,
      `${sid}.${(Date.now() + 1e9).toString(36)}.x`,
    ]) {
      expect((await st.request('GET', '/api/auth/me', { token })).statusCode).toBe(401);
    }
  });

  it('refresh gives a working access token; a wrong refresh secret is 401', async () => {
    const res = await st.request('POST', '/api/auth/refresh', {
      body: { refresh: st.admin.refresh },
    });
    expect(res.statusCode).toBe(200);
    expect((await st.request('GET', '/api/auth/me', { token: res.json().access })).statusCode).toBe(
      200,
    );
    const [sid] = st.admin.refresh.split('.');
    expect(
      (await st.request('POST', '/api/auth/refresh', { body: { refresh: `${sid}.wrong` } }))
        .statusCode,
    ).toBe(401);
  });

  it('logout ends the session at once: access and refresh both stop working', async () => {
    const picker = await st.userWithRole('picker');
    const out = await st.request('POST', '/api/auth/logout', {
      token: picker.access,
      body: { refresh: picker.refresh },
    });
    expect(out.statusCode).toBe(204);
    await expectSessionEnded(picker);
    // Other sessions of other users are untouched.
    expect((await st.request('GET', '/api/auth/me', { token: st.admin.access })).statusCode).toBe(
      200,
    );
  });

  it('logout without a body, or with an empty JSON body, ends the session of its access token', async () => {
    for (const headers of [undefined, { 'content-type': 'application/json' }]) {
      const picker = await st.userWithRole('picker');
      const out = await st.request('POST', '/api/auth/logout', { token: picker.access, headers });
      expect(out.statusCode, JSON.stringify(headers)).toBe(204);
      await expectSessionEnded(picker);
    }
  });

  it("a deleted user's tokens are refused at once", async () => {
    const packer = await st.userWithRole('packer');
    expect((await st.request('GET', '/api/auth/me', { token: packer.access })).statusCode).toBe(
      200,
    );
    expect(
      (await st.request('DELETE', `/api/admin/users/${packer.id}`, { token: st.admin.access }))
        .statusCode,
    ).toBe(204);
    await expectSessionEnded(packer);
  });

  it('a new role applies to a signed-in user on the next request, both ways', async () => {
    const user = await st.userWithRole('packer');
    const queue = () =>
      st
        .request('GET', '/api/orders/ready-to-pack', { token: user.access })
        .then((r) => r.statusCode);
    const setRole = (role: string) =>
      st.request('PUT', `/api/admin/users/${user.id}`, { token: st.admin.access, body: { role } });
    expect(await queue()).toBe(200);
    await setRole('picker');
    expect(await queue()).toBe(403);
    await setRole('packer');
    expect(await queue()).toBe(200);
  });

  it("a disabled user's tokens are refused at once, and work again when re-enabled", async () => {
    const picker = await st.userWithRole('picker');
    const disable = await st.request('PUT', `/api/admin/users/${picker.id}`, {
      token: st.admin.access,
      body: { active: false },
    });
    expect(disable.json().is_active).toBe(false);
    expect((await st.request('GET', '/api/auth/me', { token: picker.access })).statusCode).toBe(
      401,
    );
    await st.request('PUT', `/api/admin/users/${picker.id}`, {
      token: st.admin.access,
      body: { active: true },
    });
    // Disabling ended the session for good; the user signs in again.
    expect((await st.request('GET', '/api/auth/me', { token: picker.access })).statusCode).toBe(
      401,
    );
    expect(
      (await login({ username: picker.username, password: `${picker.username}-password` }))
        .statusCode,
    ).toBe(200);
  });

  it("a password reset ends the user's sessions and the new password works", async () => {
    const picker = await st.userWithRole('picker');
    await st.request('PUT', `/api/admin/users/${picker.id}`, {
      token: st.admin.access,
      body: { password: 'brand-new-pass' },
    });
    expect((await st.request('GET', '/api/auth/me', { token: picker.access })).statusCode).toBe(
      401,
    );
    expect(
      (await login({ username: picker.username, password: 'brand-new-pass' })).statusCode,
    ).toBe(200);
  });
});

describe('users', () => {
  it('creates, lists, changes role, and refuses duplicate usernames', async () => {
    const created = await st.request('POST', '/api/admin/users', {
      token: st.admin.access,
      body: {
        username: 'carla',
        email: 'carla@example.com',
        password: 'carla-password',
        role: 'packer',
      },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ username: 'carla', role: 'packer', is_active: true });
    expect(created.json()).not.toHaveProperty('password_hash');
    const dup = await st.request('POST', '/api/admin/users', {
      token: st.admin.access,
      body: { username: 'CARLA', password: 'carla-password', role: 'picker' },
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('username_taken');
    const changed = await st.request('PUT', `/api/admin/users/${created.json().id}`, {
      token: st.admin.access,
      body: { role: 'admin' },
    });
    expect(changed.json().role).toBe('admin');
    const list = await st.request('GET', '/api/admin/users', { token: st.admin.access });
    expect(list.json().map((u: { username: string }) => u.username)).toEqual(['admin', 'carla']);
  });

  it('protects the last admin from delete, demotion and disabling', async () => {
    const other = await st.userWithRole('packer');
    const id = st.admin.user.id;
    // The acting admin is the last one: the other account (a packer) tries nothing, a second admin does.
    const second = await st.ctx.users.create({
      username: 'second',
      password: 'second-password',
      role: 'admin',
    });
    const secondLogin = await st.login('second', 'second-password');
    await st.request('PUT', `/api/admin/users/${second.id}`, {
      token: st.admin.access,
      body: { role: 'picker' },
    });
    expect(
      (await st.request('GET', '/api/auth/me', { token: secondLogin.access })).json().role,
    ).toBe('picker');

    const del = await st.request('DELETE', `/api/admin/users/${id}`, { token: st.admin.access });
    expect(del.statusCode).toBe(409);
    expect(del.json().error.code).toBe('cannot_delete_self');
    for (const body of [{ role: 'picker' }, { active: false }]) {
      const res = await st.request('PUT', `/api/admin/users/${id}`, {
        token: st.admin.access,
        body,
      });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('last_admin');
    }
    // With another admin in place, the first may be demoted.
    await st.request('PUT', `/api/admin/users/${other.id}`, {
      token: st.admin.access,
      body: { role: 'admin' },
    });
    expect(
      (
        await st.request('PUT', `/api/admin/users/${id}`, {
          token: st.admin.access,
          body: { role: 'packer' },
        })
      ).statusCode,
    ).toBe(200);
  });

  it('an admin deleting another admin works while one admin remains, and 404s an unknown id', async () => {
    const second = await st.userWithRole('admin');
    expect(
      (await st.request('DELETE', `/api/admin/users/${second.id}`, { token: st.admin.access }))
        .statusCode,
    ).toBe(204);
    const missing = await st.request('DELETE', '/api/admin/users/9999', { token: st.admin.access });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toMatch(/no user with id 9999/);
  });
});

describe('first run', () => {
  it('health says needs_setup until the first admin exists; first-admin then answers 409', async () => {
    expect((await st.request('GET', '/api/health')).json()).toMatchObject({
      status: 'ok',
      needs_setup: false,
    });
    const again = await st.request('POST', '/api/setup/first-admin', {
      body: { username: 'intruder', password: 'intruder-pass' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('already_set_up');
  });
});

describe('first admin from the LAN', () => {
  let empty: Awaited<ReturnType<typeof createStation>>;
  let dataDir: string;
  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ws-test-'));
    empty = await createStation({ dataDir, port: 0, secrets: 'file', log: false });
  });
  afterEach(async () => {
    await empty.app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const claim = { username: 'intruder', password: 'intruder-pass' };

  it('is refused with 403 from any address but loopback, and works from loopback', async () => {
    // This machine's own LAN address, over real HTTP; inject() only where it has none.
    const lanAddress = Object.values(networkInterfaces())
      .flat()
      .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;
    let fromLan: { status: number; body: { error: { code: string } } };
    if (lanAddress) {
      await empty.app.listen({ port: 0, host: '0.0.0.0' });
      const { port } = empty.app.server.address() as AddressInfo;
      const res = await fetch(`http://${lanAddress}:${port}/api/setup/first-admin`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(claim),
      });
      fromLan = { status: res.status, body: await res.json() };
    } else {
      const res = await empty.app.inject({
        method: 'POST',
        url: '/api/setup/first-admin',
        payload: claim,
        remoteAddress: '192.168.1.20',
      });
      fromLan = { status: res.statusCode, body: res.json() };
    }
    expect(fromLan.status).toBe(403);
    expect(fromLan.body.error.code).toBe('loopback_only');
    expect(empty.ctx.users.isEmpty()).toBe(true);

    for (const remoteAddress of ['::ffff:192.168.1.20', '10.0.0.7', 'fd00::2']) {
      const res = await empty.app.inject({
        method: 'POST',
        url: '/api/setup/first-admin',
        payload: claim,
        remoteAddress,
      });
      expect(res.statusCode, remoteAddress).toBe(403);
    }
    const local = await empty.app.inject({
      method: 'POST',
      url: '/api/setup/first-admin',
      payload: { username: 'owner', password: 'owner-password' },
      remoteAddress: '::ffff:127.0.0.1',
    });
    expect(local.statusCode).toBe(201);
    expect(local.json().user).toMatchObject({ username: 'owner', role: 'admin' });
  });
});
