import { z } from 'zod';
import { JOB_TRIGGERS, RUN_STATUSES } from '../domain/jobs';
import { isoTime } from './common';
import { ADMIN, route } from './route';

const count = z.number().int();

export const SYNC_MODES = ['storefront', 'demo', 'none'] as const;
/** Which feed a run imports: the configured storefront, the demo feed, or none (not set up). */
export type SyncMode = (typeof SYNC_MODES)[number];
export const SYNC_PHASES = ['fetching', 'validating', 'applying'] as const;
export type SyncPhase = (typeof SYNC_PHASES)[number];

export const importCounts = z.object({
  products_upserted: count,
  orders_created: count,
  orders_updated: count,
  orders_cancelled: count,
  orders_skipped: count.describe(
    'New orders the storefront already lists as cancelled or closed: never created.',
  ),
});
export type ImportCounts = z.infer<typeof importCounts>;

const syncWarning = z.object({
  code: z.literal('duplicate_order_number'),
  message: z.string(),
  order_number: z.string(),
  order_ids: z.array(z.number()).describe('Every order with that number, oldest first.'),
});
export type SyncWarning = z.infer<typeof syncWarning>;

const syncRun = importCounts.extend({
  id: z.number(),
  source: z.literal('storefront'),
  trigger: z.enum(JOB_TRIGGERS),
  started_at: isoTime,
  finished_at: isoTime.nullable(),
  status: z.enum(RUN_STATUSES),
  error: z.string().nullable(),
  log: z.array(z.string()),
  warnings: z
    .array(syncWarning)
    .describe('Orders imported that share a number: a scan of it asks which one is meant'),
});
export type SyncRun = z.infer<typeof syncRun>;

const syncStatus = z.object({
  running: z.boolean(),
  current_run: z
    .object({ id: z.number(), trigger: z.enum(JOB_TRIGGERS), started_at: isoTime })
    .nullable(),
  last_run: syncRun.nullable().describe('The last finished run.'),
  next_run_at: isoTime.nullable(),
  mode: z.enum(SYNC_MODES),
});
export type SyncStatus = z.infer<typeof syncStatus>;

export const syncProgress = z.object({
  run_id: z.number(),
  phase: z.enum(SYNC_PHASES),
  page: z.number(),
  pages: z.number().optional(),
});
export type SyncProgress = z.infer<typeof syncProgress>;

/** One SKU at or below its reorder point when the alert ran. */
const reorderLine = z.object({
  sku: z.string(),
  title: z.string(),
  bin_location: z.string().nullable(),
  available: z.number(),
  reorder_point: z.number(),
  reorder_qty: z.number(),
  incoming: z.number(),
});
export type ReorderLine = z.infer<typeof reorderLine>;

const channelOutcome = z
  .enum(['sent', 'not_configured', 'failed', 'nothing_to_send'])
  .describe('What became of the list on this channel; the run’s log says why');

const reorderRun = z.object({
  id: z.number(),
  trigger: z.enum(JOB_TRIGGERS),
  started_at: isoTime,
  finished_at: isoTime.nullable(),
  status: z.enum(RUN_STATUSES),
  error: z.string().nullable(),
  log: z.array(z.string()),
  low_skus: count.describe('SKUs at or below their reorder point'),
  skus: z.array(reorderLine).describe('Lowest available first'),
  email: channelOutcome.nullable().describe('null while the run is going'),
  sms: channelOutcome.nullable(),
});
export type ReorderRun = z.infer<typeof reorderRun>;

const jobBase = {
  title: z.string(),
  schedule: z.string().nullable().describe('null when the job has nothing to do (not set up).'),
  running: z.boolean(),
  next_run_at: isoTime.nullable(),
};
const job = z.discriminatedUnion('name', [
  z.object({
    name: z.literal('storefront_sync'),
    ...jobBase,
    mode: z.enum(SYNC_MODES),
    last_runs: z.array(syncRun),
  }),
  z.object({ name: z.literal('reorder_alerts'), ...jobBase, last_runs: z.array(reorderRun) }),
]);
export type Job = z.infer<typeof job>;

const tags = ['admin'];

export const startSync = route({
  method: 'POST',
  path: '/api/admin/sync',
  access: ADMIN,
  tags,
  summary:
    'Import the storefront feed now. 409 sync_running while a run is going, storefront_not_configured before setup.',
  status: 202,
  response: z.object({ run_id: z.number() }),
});

export const getSyncStatus = route({
  method: 'GET',
  path: '/api/admin/sync-status',
  access: ADMIN,
  tags,
  summary:
    'Whether a sync is running, the last finished run (counts, error, log) and the next scheduled one.',
  response: syncStatus,
});

export const syncRuns = route({
  method: 'GET',
  path: '/api/admin/sync-runs',
  access: ADMIN,
  tags,
  summary: 'Storefront sync history, newest first.',
  query: z.object({ limit: z.coerce.number().int().min(1).max(200).default(20) }),
  response: z.object({ runs: z.array(syncRun) }),
});

export const startReorderAlerts = route({
  method: 'POST',
  path: '/api/admin/reorder-alerts',
  access: ADMIN,
  tags,
  summary:
    'List the SKUs at or below their reorder point now and send the list to the email and SMS recipients set up in Settings, as the daily run does. 409 reorder_alerts_running while a run is going.',
  status: 202,
  response: z.object({ run_id: z.number() }),
});

export const listJobs = route({
  method: 'GET',
  path: '/api/admin/jobs',
  access: ADMIN,
  tags,
  summary: 'The schedule and the last runs of each job.',
  response: z.object({ jobs: z.array(job) }),
});
