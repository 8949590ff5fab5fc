import type { JobHandle, JobRunner } from './jobs/runner';
import type { ReorderRun, SyncMode, SyncRun } from './contract/jobs';
import type { Db } from './platform/database';
import type { WriteQueue } from './platform/write-queue';
import type { SecretStore } from './platform/secrets/secret-store';
import type { AuthService } from './services/auth/auth-service';
import type { EventBus } from './services/events/event-bus';
import type { InventoryService } from './services/inventory/inventory-service';
import type { ProductService } from './services/inventory/product-service';
import type { PrinterSettings } from './domain/printers';
import type { ReceiptPrinter } from './devices/printer/receipt-printer';
import type { NotifyChannels } from './services/notify/channels';
import type { PackingService } from './services/packing/packing-service';
import type { ShipmentCorrections } from './services/packing/shipment-corrections';
import type { PickingService } from './services/picking/picking-service';
import type { FbaShipmentService } from './services/fba/fba-shipment-service';
import type { PurchaseOrderService } from './services/purchasing/purchase-order-service';
import type { SupplierService } from './services/purchasing/supplier-service';
import type { ScannerService } from './services/scanning/scanner-service';
import type { SettingsService } from './services/settings/settings-service';
import type { FeedSource } from './services/storefront/feed-source';
import type { UsersService } from './services/users/users-service';

/** Everything a route handler may use; built once per station in station.ts. */
export interface StationContext {
  db: Db;
  dataDir: string;
  version: string;
  secrets: SecretStore;
  bus: EventBus;
  /** Every user action that writes goes through here: one writer, group commit. */
  writes: WriteQueue;
  auth: AuthService;
  users: UsersService;
  settings: SettingsService;
  picking: PickingService;
  packing: PackingService;
  corrections: ShipmentCorrections;
  /** Stock levels, adjustments, counts and the ledger. */
  inventory: InventoryService;
  /** The product catalogue and its CSV import. */
  products: ProductService;
  /** Who the warehouse buys from. */
  suppliers: SupplierService;
  /** Purchase orders and receiving them into stock. */
  purchaseOrders: PurchaseOrderService;
  /** FBA inbound plans; shipping one takes its stock off the ledger. */
  fbaShipments: FbaShipmentService;
  /** Mail and SMS, configured from the settings at each send. */
  notify: NotifyChannels;
  /** The receipt printer the settings name, built at each print so a change applies at once. */
  receiptPrinter: (settings: PrinterSettings) => ReceiptPrinter;
  /** Every job (syncs, reports, backups): Admin → Jobs lists them. */
  jobs: JobRunner;
  /** The storefront import, one of the jobs. */
  sync: JobHandle<SyncRun, { mode: SyncMode }>;
  /** The daily list of SKUs at or below their reorder point, one of the jobs. */
  reorderAlerts: JobHandle<ReorderRun, object>;
  /** Which storefront feed the import reads: the configured one, the demo feed or none. */
  storefront: FeedSource;
  /** The serial scanner (USB guns in keyboard mode are read by the UI). */
  scanner: ScannerService;
}
