import { randomBytes, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { StationContext } from './context';
import { demoStorefrontRoutes } from './http/routes/demo-storefront';
import { buildServer } from './http/server';
import { JobRunner } from './jobs/runner';
import { reorderAlertsJob } from './jobs/reorder-alerts';
import { storefrontImportJob } from './jobs/storefront-import';
import { Checkpointer } from './platform/checkpointer';
import { openDatabase } from './platform/database';
import { WriteQueue } from './platform/write-queue';
import { localUrl } from './platform/local-url';
import { appVersion, databaseFile } from './platform/paths';
import { secureDataDir } from './platform/private-files';
import { createSecretStore } from './platform/secrets';
import type { SecretStore } from './platform/secrets/secret-store';
import { AuthService } from './services/auth/auth-service';
import { TokenSigner } from './services/auth/tokens';
import { EventBus } from './services/events/event-bus';
import { ImageCache, imagesDir } from './services/images/image-cache';
import { InventoryService } from './services/inventory/inventory-service';
import { ProductService } from './services/inventory/product-service';
import { openSerialScanner } from './devices/scanner/serial-scanner';
import { thermalPrinter } from './devices/printer/thermal-printer';
import { NotifyChannels } from './services/notify/channels';
import { PackingService } from './services/packing/packing-service';
import { ShipmentCorrections } from './services/packing/shipment-corrections';
import { PickingService } from './services/picking/picking-service';
import { FbaShipmentService } from './services/fba/fba-shipment-service';
import { PurchaseOrderService } from './services/purchasing/purchase-order-service';
import { SupplierService } from './services/purchasing/supplier-service';
import { ScannerService } from './services/scanning/scanner-service';
import { SettingsService } from './services/settings/settings-service';
import { demoPages } from './services/storefront/demo-storefront';
import { stockDemoShelvesAfterImports } from './services/storefront/demo-stock';
import { StationFeedSource } from './services/storefront/feed-source';
import { UsersService } from './services/users/users-service';
import { readSetting, writeSetting } from './store/settings';
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
  secureDataDir(opts.dataDir);
  const db = openDatabase(databaseFile(opts.dataDir));
  try {
    const writes = new WriteQueue(db);
    const instanceId =
      readSetting<string>(db, 'instance_id') ??
      (await writes.run((tx) => {
        const id = randomUUID();
        writeSetting(tx, 'instance_id', id);
        return id;
      }));
    const secrets = await openSecrets({ dataDir: opts.dataDir, instanceId }, opts.secrets);

    const auth = new AuthService(db, writes, new TokenSigner(await signingKey(secrets)));
    const users = new UsersService(db, writes, () => auth.forgetSessions());
    const bus = new EventBus();
    const settings = new SettingsService(db, writes, secrets);
    const storefront = new StationFeedSource({ settings, secrets }, opts.demo ?? false);
    const jobs = await JobRunner.open({ db, writes });
    const sync = jobs.register(
      storefrontImportJob({ writes, bus, settings, feed: storefront }, opts.storefrontFetch),
    );
    const inventory = new InventoryService(db, writes, bus);
    const notify = new NotifyChannels(settings, secrets);
    const reorderAlerts = jobs.register(
      reorderAlertsJob({ settings, notify, atReorderPoint: () => inventory.atReorderPoint() }),
    );
    const ctx: StationContext = {
      db,
      dataDir: opts.dataDir,
      version: appVersion(),
      secrets,
      bus,
      writes,
      auth,
      users,
      settings,
      jobs,
      sync,
      reorderAlerts,
      picking: new PickingService(writes, bus),
      packing: new PackingService(db, writes, bus),
      corrections: new ShipmentCorrections(db, writes, bus),
      inventory,
      products: new ProductService(db, writes, bus),
      suppliers: new SupplierService(db, writes),
      purchaseOrders: new PurchaseOrderService(db, writes, bus),
      fbaShipments: new FbaShipmentService(db, writes, bus),
      notify,
      receiptPrinter: (printer) => thermalPrinter(printer),
      storefront,
      scanner: new ScannerService({ db, bus, settings, openSource: openSerialScanner }),
    };
    await createAdminFromEnv(users);
    const app = await buildServer(ctx, {
      log: opts.log ?? true,
      checkAnswers: opts.checkAnswers ?? process.env.STATION_CHECK_ANSWERS === '1',
    });
    if (opts.demo) await app.register(demoStorefrontRoutes(demoPages()));
    // Scheduled syncs (and the demo feed, served on this port) need a listening station; the serial
    // scanner runs with the serving station too, not with every station a test builds.
    let checkpointer: Checkpointer | null = null;
    const images = new ImageCache(db, imagesDir(opts.dataDir), {
      log: (message) => app.log.info(message),
    });
    app.addHook('onListen', async () => {
      void images.refresh();
      bus.subscribe((e) => {
        if (e.type === 'sync_finished') void images.refresh();
      });
      if (opts.demo) stockDemoShelvesAfterImports(bus, ctx.writes, (m) => app.log.warn(m));
      checkpointer = new Checkpointer(db, databaseFile(opts.dataDir), {
        holdWrites: () => ctx.writes.hold(),
        onError: (message) => app.log.warn(`WAL checkpoint: ${message}`),
      });
      const { address, port } = app.server.address() as AddressInfo;
      storefront.listening(localUrl(address, port));
      jobs.serve();
      await ctx.scanner.start(app.log);
    });
    // preClose, not onClose: a demo run may still be reading its feed from this very server.
    app.addHook('preClose', async () => jobs.close());
    app.addHook('preClose', () => ctx.scanner.stop());
    app.addHook('preClose', async () => checkpointer?.stop());
    app.addHook('preClose', () => images.close());
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
  return {
    url: localUrl(host, port),
    port,
    host,
    close: () => app.close(),
  };
}
