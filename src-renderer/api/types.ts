/** Shapes of the station's answers; only the fields the UI reads. */

import type { Channel, OrderStatus, ShippingAddress } from '../../src-main/domain/orders';
import type { Allocation } from '../../src-main/domain/allocation';
import type { OfflineCopy } from '../pwa/offline-copy';
import type { MappedOrderState } from '../../src-main/domain/orders';
import type { ScannerStatus } from '../../src-main/services/scanning/scanner-service';

// Answers the station's services already describe are their very types (type-only: nothing of
// the main process reaches the bundle); the rest are declared below.
export type { Channel, OrderStatus, ShippingAddress, Allocation, ScannerStatus };
export type {
  OrderDetail,
  OrderItem,
  OrderPage,
  OrderSummary,
  PackedAnswer,
  ShipAnswer,
  Shipment,
  VerifyAnswer,
} from '../../src-main/contract/orders';
export type {
  PickAnswer,
  PicklistCategory,
  PicklistSku,
  ShortAnswer,
  ShortUndoAnswer,
  SkuOrder,
  SkuOrders,
  TodayStats,
  UndoAnswer,
} from '../../src-main/contract/picking';
import type { Picklist as StationPicklist, TodayStats } from '../../src-main/contract/picking';

/** Only on a list the handheld's service worker answered from its copy, station out of reach. */
export type Picklist = StationPicklist & { offline_copy?: OfflineCopy };
export type PicklistStats = Omit<TodayStats, 'by_picker'>;

export { ROLES, type Role } from '../../src-main/domain/roles';
export type { AdminUser, NewUser, User, UserUpdate } from '../../src-main/contract/users';
export type { Health, Session, SignedIn } from '../../src-main/contract/auth';
export type { ErrorBody, TestResult } from '../../src-main/contract/common';

export interface SecretStorage {
  backend: 'keychain' | 'file';
  warning: string | null;
}

export { MAPPED_ORDER_STATES, type MappedOrderState } from '../../src-main/domain/orders';

import type { PrinterSettings } from '../../src-main/domain/printers';

export {
  PRINTER_TYPES,
  type PrinterType,
  type PrinterSettings,
} from '../../src-main/domain/printers';

export type ScanTerminator = 'enter' | 'tab';

export interface SellerSettings {
  name: string;
  address: string;
  /** A data URL, so the logo travels inside the settings and onto printed slips. */
  logo: string | null;
}

export interface LanSettings {
  enabled: boolean;
  host: string;
}

export interface ScannerSettings {
  serial_path: string;
  baud: number;
  terminator: ScanTerminator;
}

export interface StationSettings {
  api_base_url: string;
  api_key_set: boolean;
  sync_interval_minutes: number;
  status_mapping: Record<string, MappedOrderState>;
  seller: SellerSettings;
  lan: LanSettings;
  printer: PrinterSettings;
  scanner: ScannerSettings;
  secret_storage: SecretStorage;
  restart_required?: boolean;
}

export interface StationSettingsUpdate {
  api_base_url?: string;
  /** Write-only: a string sets the key, null clears it. */
  api_key?: string | null;
  sync_interval_minutes?: number;
  status_mapping?: Record<string, MappedOrderState>;
  seller?: Partial<SellerSettings>;
  lan?: Partial<LanSettings>;
  printer?: Partial<PrinterSettings>;
  scanner?: Partial<ScannerSettings>;
}

export interface SmtpSettings {
  host: string;
  port: number;
  secure: boolean;
  user: string;
  password_set: boolean;
  from: string;
  recipients: string[];
}

export interface SmsSettings {
  account_sid: string;
  auth_token_set: boolean;
  from: string;
  recipients: string[];
}

export interface EmailSettings {
  smtp: SmtpSettings;
  sms: SmsSettings;
  secret_storage: SecretStorage;
}

export interface EmailSettingsUpdate {
  /** Any subset of each; the write-only secret is set with a string and cleared with null. */
  smtp?: Partial<Omit<SmtpSettings, 'password_set'>> & { password?: string | null };
  sms?: Partial<Omit<SmsSettings, 'auth_token_set'>> & { auth_token?: string | null };
}

export type NotifyChannel = 'email' | 'sms';

export type SyncMode = 'storefront' | 'demo' | 'none';
export type SyncPhase = 'fetching' | 'validating' | 'applying';

export interface SyncRun {
  id: number;
  started_at: string;
  finished_at: string | null;
  status: 'running' | 'ok' | 'error';
  products_upserted: number;
  orders_created: number;
  orders_updated: number;
  orders_cancelled: number;
  orders_skipped: number;
  error: string | null;
  log: string[];
}

export interface SyncStatus {
  running: boolean;
  mode: SyncMode;
  current_run: { id: number; started_at: string } | null;
  /** The last finished run. */
  last_run: SyncRun | null;
  next_run_at: string | null;
}

export interface SyncProgress {
  run_id: number;
  phase: SyncPhase;
  page: number;
  pages?: number;
}

/** What `GET /api/events` streams; `resumed` marks a hello after the stream had dropped. */
export type StationEvent =
  | { type: 'hello'; resumed: boolean }
  | { type: 'pick'; data: { sku: string; qty: number; by: string; undo?: boolean } }
  | { type: 'short'; data: { sku: string; qty_short: number; by: string } }
  | { type: 'order_ready' | 'order_packed' | 'order_shipped'; data: { order_id: number } }
  | { type: 'sync_started'; data: { run_id: number } }
  | { type: 'sync_progress'; data: SyncProgress }
  | {
      type: 'sync_finished';
      data: { run_id: number; status: 'ok' | 'error'; error: string | null };
    }
  | { type: 'scan'; data: unknown }
  | { type: 'scanner_status'; data: ScannerStatus };

export interface PrintAnswer {
  printer: string;
  bytes: number;
}

export type ScanLookup =
  | { kind: 'order'; order: { id: number; number: string; status: OrderStatus } }
  | { kind: 'product' | 'bin' | 'unknown' };

/** `GET /api/station`: what every screen needs to know about this station. */
export interface StationInfo {
  version: string;
  demo: boolean;
  seller_name: string;
  scanner: { terminator: ScanTerminator; min_length: number; max_gap_ms: number };
}

/** `GET /api/station/lan`: where handhelds reach this station. */
export interface StationLan {
  lan_enabled: boolean;
  listening_on: string | null;
  port: number | null;
  loopback_only: boolean;
  addresses: { interface: string; address: string; picker_url: string; qr_svg: string }[];
}

/** `GET /api/admin/jobs`: each scheduled job and its recent runs. */
export interface Job {
  name: string;
  title: string;
  /** null when the job has nothing to do (no storefront set). */
  schedule: string | null;
  mode: SyncMode;
  running: boolean;
  next_run_at: string | null;
  last_runs: SyncRun[];
}
