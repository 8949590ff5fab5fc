import { z } from 'zod';
import { MAPPED_ORDER_STATES } from '../domain/orders';
import { PRINTER_TYPES } from '../domain/printers';
import { testResult } from './common';
import { ADMIN, route } from './route';

/**
 * Text an owner types ends up on slips, receipts sent to an ESC/POS printer, screens and email
 * headers. Control characters (NUL, ESC: printer commands; DEL and C1) and bidi embeddings,
 * overrides and isolates (text that displays differently from what it holds) are refused, not
 * stripped: the owner sees the refusal and what is stored is exactly what was typed.
 * A multi-line field keeps line breaks and tabs.
 */
function isRefusedChar(code: number, multiline: boolean): boolean {
  if (code < 0x20) return !(multiline && (code === 0x09 || code === 0x0a || code === 0x0d));
  return (
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

const text = (max: number, { multiline = false } = {}) =>
  z
    .string()
    .trim()
    .max(max)
    .refine(
      (v) => ![...v].some((c) => isRefusedChar(c.codePointAt(0)!, multiline)),
      multiline
        ? 'must not contain control or text-direction characters'
        : 'must be one line without control or text-direction characters',
    );

const url = text(500).refine(
  (v) => v === '' || /^https?:\/\/[^\s/]+/i.test(v),
  'must start with http:// or https://',
);

const printerInterface = text(200).refine(
  (v) => v === '' || /^tcp:\/\/[^\s:/]+:\d{1,5}$/.test(v) || /^printer:.+/.test(v),
  'must look like tcp://192.168.1.50:9100 or printer:NAME',
);

const lanHost = z
  .string()
  .trim()
  .refine(
    (v) => v === '' || z.ipv4().safeParse(v).success || z.ipv6().safeParse(v).success,
    'must be an IP address of this PC, or empty for all',
  );

const logo = z
  .string()
  .max(700_000, 'is too large; use an image under 500 KB')
  .refine(
    (v) => v === '' || /^data:image\/(png|jpeg|svg\+xml);base64,/.test(v),
    'must be a PNG, JPEG or SVG image',
  )
  .nullable();

// Shapes carry no defaults: zod 4 applies a default even inside .partial(), which would make a
// PUT of one field reset its siblings. Defaults live in the objects below and are merged on read.
const seller = z.object({
  name: text(120),
  address: text(500, { multiline: true }),
  logo,
});
const lan = z.object({ enabled: z.boolean(), host: lanHost });
const printer = z.object({
  type: z.enum(PRINTER_TYPES),
  interface: printerInterface,
  width: z.int().min(24).max(64),
});
const scanner = z.object({
  serial_path: text(200),
  baud: z.int().min(300).max(921_600),
  terminator: z.enum(['enter', 'tab']),
});
const statusMapping = z.record(text(64).min(1), z.enum(MAPPED_ORDER_STATES));
const syncInterval = z.int().min(1).max(1440);
const timeOfDay = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day like 07:00')
  .describe('HH:MM, the station’s local time');

/** The station's non-secret settings. */
export const stationSettings = z.object({
  api_base_url: url,
  sync_interval_minutes: syncInterval,
  reorder_alert_time: timeOfDay.describe(
    'When the daily reorder alert lists the SKUs at or below their reorder point',
  ),
  status_mapping: statusMapping,
  seller,
  lan,
  printer,
  scanner,
});
export type StationSettings = z.infer<typeof stationSettings>;

const secretInput = z.string().max(4096).nullable().optional();

/** A PUT may send any subset; a secret is set with a string and cleared with null. */
export const stationSettingsUpdate = z.object({
  api_base_url: url.optional(),
  api_key: secretInput,
  sync_interval_minutes: syncInterval.optional(),
  reorder_alert_time: timeOfDay.optional(),
  status_mapping: statusMapping.optional(),
  seller: seller.partial().optional(),
  lan: lan.partial().optional(),
  printer: printer.partial().optional(),
  scanner: scanner.partial().optional(),
});
export type StationSettingsUpdate = z.infer<typeof stationSettingsUpdate>;

const phone = z
  .string()
  .trim()
  .regex(/^\+[1-9]\d{6,14}$/, 'must be a phone number like +15551234567');

const smtp = z.object({
  host: text(255),
  port: z.int().min(1).max(65535),
  secure: z.boolean(),
  user: text(255),
  from: z.union([z.literal(''), z.email()]),
  recipients: z.array(z.email()).max(50),
});
const sms = z.object({
  account_sid: text(64),
  from: z.union([z.literal(''), phone]),
  recipients: z.array(phone).max(50),
});

export const emailSettings = z.object({ smtp, sms });
export type EmailSettings = z.infer<typeof emailSettings>;

export const emailSettingsUpdate = z.object({
  smtp: smtp.partial().extend({ password: secretInput }).optional(),
  sms: sms.partial().extend({ auth_token: secretInput }).optional(),
});
export type EmailSettingsUpdate = z.infer<typeof emailSettingsUpdate>;

const secretStorage = z.object({
  backend: z.enum(['keychain', 'file']),
  warning: z.string().nullable(),
});
export type SecretStorage = z.infer<typeof secretStorage>;

const stationSettingsView = stationSettings.extend({
  api_key_set: z.boolean(),
  secret_storage: secretStorage,
  restart_required: z
    .boolean()
    .optional()
    .describe('After a change: the LAN listener changes when the station restarts.'),
});
export type StationSettingsView = z.infer<typeof stationSettingsView>;

const emailSettingsView = z.object({
  smtp: smtp.extend({ password_set: z.boolean() }),
  sms: sms.extend({ auth_token_set: z.boolean() }),
  secret_storage: secretStorage,
});
export type EmailSettingsView = z.infer<typeof emailSettingsView>;

export const NOTIFY_CHANNELS = ['email', 'sms'] as const;
export type NotifyChannel = (typeof NOTIFY_CHANNELS)[number];

const tags = ['admin'];

export const getStationSettings = route({
  method: 'GET',
  path: '/api/admin/settings',
  access: ADMIN,
  tags,
  summary: 'Station settings; api_key is never returned, only api_key_set.',
  response: stationSettingsView,
});

export const putStationSettings = route({
  method: 'PUT',
  path: '/api/admin/settings',
  access: ADMIN,
  tags,
  summary: 'Change any subset. api_key: a string sets it, null clears it.',
  body: stationSettingsUpdate,
  response: stationSettingsView,
});

export const getEmailSettings = route({
  method: 'GET',
  path: '/api/admin/email-settings',
  access: ADMIN,
  tags,
  summary: 'SMTP and SMS settings; password and auth_token never returned.',
  response: emailSettingsView,
});

export const putEmailSettings = route({
  method: 'PUT',
  path: '/api/admin/email-settings',
  access: ADMIN,
  tags,
  summary: 'Change any subset. smtp.password / sms.auth_token: a string sets, null clears.',
  body: emailSettingsUpdate,
  response: emailSettingsView,
});

export const testNotify = route({
  method: 'POST',
  path: '/api/admin/email-settings/test',
  access: ADMIN,
  tags,
  summary: 'Send a test email or SMS to the configured recipients.',
  body: z.object({ channel: z.enum(NOTIFY_CHANNELS) }),
  response: testResult,
});
