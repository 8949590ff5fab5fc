/**
 * The names the screens use for the station's shapes. Every shape is declared once, in the
 * contract (`src-main/contract/`) or the domain rules; this file only re-exports them, plus the
 * few things only the browser adds.
 */

import type { OfflineCopy } from '../pwa/offline-copy';
import type { StationEvent as Streamed } from '../../src-main/contract/events';
import type { Picklist as StationPicklist, TodayStats } from '../../src-main/contract/picking';
import type { EmailSettingsView, StationSettingsView } from '../../src-main/contract/settings';

export type { Allocation } from '../../src-main/domain/allocation';
export {
  MAPPED_ORDER_STATES,
  type Channel,
  type MappedOrderState,
  type OrderStatus,
  type ShippingAddress,
} from '../../src-main/domain/orders';
export {
  PRINTER_TYPES,
  type PrinterSettings,
  type PrinterType,
} from '../../src-main/domain/printers';
export { ROLES, type Role } from '../../src-main/domain/roles';

export type { Health, Session, SignedIn } from '../../src-main/contract/auth';
export type { ErrorBody, TestResult } from '../../src-main/contract/common';
export type { PrintAnswer, ScannerStatus } from '../../src-main/contract/devices';
export type {
  Job,
  SyncMode,
  SyncPhase,
  SyncProgress,
  SyncRun,
  SyncStatus,
} from '../../src-main/contract/jobs';
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
export type { ScanResolution as ScanLookup } from '../../src-main/contract/scanning';
export type {
  EmailSettingsUpdate,
  NotifyChannel,
  SecretStorage,
  StationSettingsUpdate,
} from '../../src-main/contract/settings';
export type { ScanTerminator, StationInfo, StationLan } from '../../src-main/contract/station';
export type { AdminUser, NewUser, User, UserUpdate } from '../../src-main/contract/users';

/** Only on a list the handheld's service worker answered from its copy, station out of reach. */
export type Picklist = StationPicklist & { offline_copy?: OfflineCopy };
export type PicklistStats = Omit<TodayStats, 'by_picker'>;

export type StationSettings = StationSettingsView;
export type SellerSettings = StationSettings['seller'];
export type LanSettings = StationSettings['lan'];
export type ScannerSettings = StationSettings['scanner'];
export type EmailSettings = EmailSettingsView;
export type SmtpSettings = EmailSettings['smtp'];
export type SmsSettings = EmailSettings['sms'];

/** What a screen hears from `GET /api/events`; `resumed` marks a hello after the stream dropped. */
export type StationEvent = Streamed | { type: 'hello'; resumed: boolean };
