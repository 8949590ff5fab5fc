import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { StationContext } from './context';
import { buildServer } from './http/server';
import { openDatabase } from './platform/database';
import { appVersion, databaseFile } from './platform/paths';
import { createSecretStore } from './platform/secrets';
import type { SecretStore } from './platform/secrets/secret-store';
import { AuthService } from './services/auth/auth-service';
import { TokenSigner } from './services/auth/tokens';
import { EventBus } from './services/events/event-bus';
import { SettingsService } from './services/settings/settings-service';
import { readSetting, writeSetting } from './services/settings/settings-store';
import { UsersService } from './services/users/users-service';
import type { RunningStation, StationOptions } from './station-options';

export type { RunningStation, StationOptions } from './station-options';

async function openSecrets(
  ctx: { dataDir: string; instanceId: string },
  choice: StationOptions['secrets'],
) {
  if (choice && typeof choice === 'object') return choice;
  const env = process.env.STATION_SECRET_STORE;
  const mode = choice ?? (env === 'file' || env === 'keychain' ? env : 'auto');
  return createSecretStore({ ...ctx, mode });
}

async function signingKey(secrets: SecretStore): Promise<Buffer> {
  const stored = await secrets.get('auth.signing_key');
  if (stored) return Buffer.from(stored, 'base64');
  const key = randomBytes(32);
  await secrets.set('auth.signing_key', key.toString('base64'));
  return key;
}

/** Opens the data dir and wires every service; no listening yet (tests inject requests directly). */
export async function createStation(
  opts: StationOptions,
): Promise<{ ctx: StationContext; app: FastifyInstance }> {
  mkdirSync(opts.dataDir, { recursive: true });
  const db = openDatabase(databaseFile(opts.dataDir));
  try {
    let instanceId = readSetting<string>(db, 'instance_id');
    if (!instanceId) writeSetting(db, 'instance_id', (instanceId = randomUUID()));
    const secrets = await openSecrets({ dataDir: opts.dataDir, instanceId }, opts.secrets);

    const users = new UsersService(db);
    const ctx: StationContext = {
      db,
      dataDir: opts.dataDir,
      version: appVersion(),
      secrets,
      bus: new EventBus(),
      auth: new AuthService(db, new TokenSigner(await signingKey(secrets))),
      users,
      settings: new SettingsService(db, secrets),
    };
    await createAdminFromEnv(users);
    const app = await buildServer(ctx, { log: opts.log ?? true });
    app.addHook('onClose', async () => db.$client.close());
    return { ctx, app };
  } catch (err) {
    if (db.$client.open) db.$client.close();
    throw err;
  }
}

/** STATION_ADMIN_USERNAME/PASSWORD create the first admin on an empty database, and only then. */
async function createAdminFromEnv(users: UsersService): Promise<void> {
  const username = process.env.STATION_ADMIN_USERNAME;
  const password = process.env.STATION_ADMIN_PASSWORD;
  if (username && password && users.isEmpty()) await users.createFirstAdmin({ username, password });
}

export async function startStation(opts: StationOptions): Promise<RunningStation> {
  const { ctx, app } = await createStation(opts);
  const lan = ctx.settings.station().lan;
  const host = opts.host ?? (lan.enabled ? lan.host || '0.0.0.0' : '127.0.0.1');
  try {
    await app.listen({ port: opts.port, host });
  } catch (err) {
    await app.close();
    throw err;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  const local = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return {
    url: `http://${local.includes(':') ? `[${local}]` : local}:${port}`,
    port,
    host,
    close: () => app.close(),
  };
}
