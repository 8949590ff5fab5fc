/** Shapes of the station's answers (see /work/shared/API.md); only the fields the UI reads. */

export const ROLES = ['admin', 'picker', 'packer'] as const;
export type Role = (typeof ROLES)[number];

export interface User {
  id: number;
  username: string;
  email: string | null;
  role: Role;
}

export interface AdminUser extends User {
  is_active: boolean;
  created_at: string;
  last_login_at: string | null;
}

export interface NewUser {
  username: string;
  email?: string;
  password: string;
  role: Role;
}

export interface UserUpdate {
  email?: string | null;
  role?: Role;
  password?: string;
  active?: boolean;
}

export interface Health {
  status: 'ok';
  version: string;
  needs_setup: boolean;
  /** The station is serving its own generated storefront feed (`serve --demo`). */
  demo: boolean;
}

export interface Session {
  access: string;
  refresh: string;
}

export interface SignedIn extends Session {
  user: User;
}

export interface ErrorBody {
  error: { code: string; message: string; details?: Record<string, unknown> };
}

export interface SecretStorage {
  backend: 'keychain' | 'file';
  warning: string | null;
}

export const ORDER_STATES = ['open', 'cancelled', 'closed'] as const;
export type MappedOrderState = (typeof ORDER_STATES)[number];

export const PRINTER_TYPES = ['epson', 'star', 'tanca', 'daruma', 'brother', 'custom'] as const;
export type PrinterType = (typeof PRINTER_TYPES)[number];

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

export interface PrinterSettings {
  type: PrinterType;
  interface: string;
  width: number;
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

export interface TestResult {
  ok: boolean;
  message: string;
}
