import type { ImportCounts, SyncMode, SyncRun, SyncWarning } from '../contract/jobs';
import type { WriteQueue } from '../platform/write-queue';
import type { EventBus } from '../services/events/event-bus';
import type { SettingsService } from '../services/settings/settings-service';
import { FeedError } from '../services/storefront/feed-error';
import type { FeedSource } from '../services/storefront/feed-source';
import { FETCH_DEFAULTS, type FetchOptions } from '../services/storefront/fetch-feed';
import { importFeed, PartialImportError } from '../services/storefront/importer';
import { JobFailed, type Job, type JobRunRow } from './job';

export const STOREFRONT_SYNC = 'storefront_sync';

const NO_COUNTS: ImportCounts = {
  products_upserted: 0,
  orders_created: 0,
  orders_updated: 0,
  orders_cancelled: 0,
  orders_skipped: 0,
};

function toView(row: JobRunRow): SyncRun {
  return {
    id: row.id,
    source: 'storefront',
    trigger: row.trigger,
    started_at: row.startedAt,
    finished_at: row.finishedAt,
    status: row.status,
    ...NO_COUNTS,
    ...row.counts,
    error: row.error,
    log: row.log ?? [],
    warnings: (row.warnings ?? []) as SyncWarning[],
  };
}

/** What the storefront import needs from the station (built in station.ts). */
export interface StorefrontImportDeps {
  writes: WriteQueue;
  bus: EventBus;
  settings: SettingsService;
  feed: FeedSource;
}

/**
 * The storefront import as a job. A feed that fails to fetch or validate changes nothing; one
 * that fails while its steps are written keeps the steps already in and says how far it got
 * (importFeed). Open screens hear sync_started, sync_progress and sync_finished.
 */
export function storefrontImportJob(
  deps: StorefrontImportDeps,
  fetch: Partial<FetchOptions> = {},
): Job<SyncRun, { mode: SyncMode }> {
  const { bus, settings, feed } = deps;
  const fetchOptions = { ...FETCH_DEFAULTS, ...fetch };
  return {
    name: STOREFRONT_SYNC,
    title: 'Import storefront orders',
    busy: {
      code: 'sync_running',
      message: 'A storefront sync is already running. Wait for it to finish.',
    },
    schedule: () =>
      feed.mode() === 'none' ? null : { everyMinutes: settings.station().sync_interval_minutes },
    // The demo feed is the newcomer's first pick list: there is no one to press "sync".
    runsAtStartup: () => feed.mode() === 'demo',
    async prepare() {
      const source = await feed.source();
      return async ({ runId, signal }) => {
        try {
          const result = await importFeed(
            deps,
            source,
            fetchOptions,
            settings.station().status_mapping,
            {
              onProgress: (p) => bus.publish('sync_progress', { run_id: runId, ...p }),
              onReady: (ids) => ids.forEach((id) => bus.publish('order_ready', { order_id: id })),
              signal,
            },
          );
          return { counts: { ...result.counts }, log: result.log, warnings: result.warnings };
        } catch (err) {
          const partial = err instanceof PartialImportError ? err.result : null;
          const summary = {
            counts: { ...(partial?.counts ?? NO_COUNTS) },
            log: err instanceof FeedError ? err.problems : [],
            warnings: partial?.warnings ?? [],
          };
          if (err instanceof FeedError) throw new JobFailed(err.message, summary);
          throw new JobFailed(
            `the import stopped unexpectedly: ${(err as Error).message}`,
            summary,
          );
        }
      };
    },
    started: ({ id, trigger }) => bus.publish('sync_started', { run_id: id, trigger }),
    finished: (row) =>
      bus.publish('sync_finished', {
        run_id: row.id,
        status: row.status,
        counts: { ...NO_COUNTS, ...row.counts },
        error: row.error,
      }),
    view: toView,
    details: () => ({ mode: feed.mode() }),
  };
}
