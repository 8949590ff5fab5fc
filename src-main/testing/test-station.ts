import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Role } from '../domain/roles';
import { localUrl } from '../platform/local-url';
import { createStation } from '../station';
import type { StationOptions } from '../station-options';

export type TestStation = Awaited<ReturnType<typeof testStation>>;

/** A real station (real SQLite file, real file secret store) in a temp dir, driven by inject(). */
export async function testStation(opts: Partial<StationOptions> = {}) {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'ws-test-'));
  const { ctx, app } = await createStation({
    dataDir,
    port: 0,
    secrets: 'file',
    log: false,
    checkAnswers: true,
    ...opts,
  });
  await ctx.users.createFirstAdmin({ username: 'admin', password: 'admin-password' });

  const request = (
    method: InjectOptions['method'],
    url: string,
    {
      token,
      body,
      headers,
    }: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<LightMyRequestResponse> =>
    app.inject({
      method,
      url,
      headers: { ...(token && { authorization: `Bearer ${token}` }), ...headers },
      ...(body !== undefined &&
        (typeof body === 'string' ? { payload: body } : { payload: body as object })),
    });

  const login = async (username: string, password: string) => {
    const res = await request('POST', '/api/auth/login', { body: { username, password } });
    if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
    return res.json() as { access: string; refresh: string; user: { id: number } };
  };

  const admin = await login('admin', 'admin-password');
  let made = 0;
  /** A fresh user of that role, signed in. */
  const userWithRole = async (role: Role) => {
    const username = `${role}${++made}`;
    const user = await ctx.users.create({ username, password: `${username}-password`, role });
    return { ...(await login(username, `${username}-password`)), id: user.id, username };
  };

  return {
    ctx,
    app,
    dataDir,
    request,
    login,
    admin,
    userWithRole,
    /** Serves over real HTTP (port 0) and answers the base URL, for what inject() cannot show. */
    async listen(host = '127.0.0.1') {
      await app.listen({ port: 0, host });
      return localUrl(host, (app.server.address() as AddressInfo).port);
    },
    async close() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
