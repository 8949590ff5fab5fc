import { and, desc, eq, ne } from 'drizzle-orm';
import cron, { type ScheduledTask } from 'node-cron';
import { jobRuns } from '../../../db/schema';
import { conflict, StationError } from '../../domain/errors';
import type { Db } from '../../platform/database';
import type { SecretStore } from '../../platform/secrets/secret-store';
import type { WriteQueue } from '../../platform/write-queue';
import type { EventBus } from '../events/event-bus';
import type { SettingsService } from '../settings/settings-service';
import type { ImportCounts, SyncWarning } from './apply-import';
import { DEMO_API_KEY, DEMO_FEED_PATH } from './demo-storefront';
import { FeedError } from './feed-error';
import { FETCH_DEFAULTS, type FetchOptions, type StorefrontSource } from './fetch-feed';
import { importFeed, PartialImportError, type FeedProgress } from './importer';
import { isDue, nextRunAt, TICK } from './sync-schedule';

const JOB = 'storefront_sync';
/** A feed with thousands of conflicts would otherwise store a log nobody reads. */
const MAX_LOG_LINES = 200;

export type SyncTrigger = 'manual' | 'schedule' | 'startup';
/** Which feed a run imports: the configured storefront, the demo feed, or none (not set up). */
export type SyncMode = 'storefront' | 'demo' | 'none';

const NO_COUNTS: ImportCounts = {
  products_upserted: 0,
  orders_created: 0,
  orders_updated: 0,
  orders_cancelled: 0,
  orders_skipped: 0,
};

export interface SyncRunView extends ImportCounts {
  id: number;
  source: 'storefront';
  trigger: SyncTrigger;
  started_at: string;
  finished_at: string | null;
  status: 'running' | 'ok' | 'error';
  error: string | null;
  log: string[];
  /** Orders sharing a number (a storefront may reuse one): imported, and worth a look. */
  warnings: SyncWarning[];
}

export interface SyncStatusView {
  running: boolean;
  current_run: { id: number; trigger: SyncTrigger; started_at: string } | null;
  /** The last finished run. */
  last_run: SyncRunView | null;
  /** Null when nothing is scheduled: not set up, or the station is not serving. */
  next_run_at: string | null;
  mode: SyncMode;
}

export interface SyncRunnerOptions {
  demo: boolean;
  fetch?: Partial<FetchOptions>;
}

interface ActiveRun {
  id: number;
  trigger: SyncTrigger;
  startedAt: string;
  abort: AbortController;
  done?: Promise<SyncRunView>;
}

interface Outcome {
  status: 'ok' | 'error';
  counts: ImportCounts;
  log: string[];
  warnings: SyncWarning[];
  error: string | null;
}

type RunRow = typeof jobRuns.$inferSelect;

function toView(row: RunRow): SyncRunView {
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

function capLog(log: string[]): string[] {
  if (log.length <= MAX_LOG_LINES) return log;
  return [...log.slice(0, MAX_LOG_LINES), `…and ${log.length - MAX_LOG_LINES} more lines`];
}

/** What the storefront sync needs from the station (built in station.ts). */
export interface SyncRunnerDeps {
  db: Db;
  writes: WriteQueue;
  bus: EventBus;
  settings: SettingsService;
  secrets: SecretStore;
}

/**
 * Storefront syncs: one at a time, each a job_runs row that ends ok or error with its reason.
 * A feed that fails to fetch or validate changes nothing; one that fails while its steps are
 * written keeps the steps already in and says how far it got (importFeed). Scheduled runs
 * begin once the station is serving (`listening`).
 */
export class SyncRunner {
  private current: ActiveRun | null = null;
  private starting = false;
  private closed = false;
  private task: ScheduledTask | null = null;
  private demoSource: StorefrontSource | null = null;
  private readonly fetchOptions: FetchOptions;

  constructor(
    private readonly ctx: SyncRunnerDeps,
    private readonly options: SyncRunnerOptions,
  ) {
    this.fetchOptions = { ...FETCH_DEFAULTS, ...options.fetch };
    // A run the station was killed in the middle of would otherwise say "running" forever.
    ctx.db
      .update(jobRuns)
      .set({
        status: 'error',
        finishedAt: new Date().toISOString(),
        error: 'the station stopped before this run finished; nothing from it was applied',
      })
      .where(and(eq(jobRuns.job, JOB), eq(jobRuns.status, 'running')))
      .run();
  }

  /** A real storefront, once configured, always wins over the demo feed. */
  mode(): SyncMode {
    if (this.ctx.settings.station().api_base_url) return 'storefront';
    return this.options.demo ? 'demo' : 'none';
  }

  /** The station is serving at `stationUrl`: the schedule starts, and so does the demo feed. */
  listening(stationUrl: string): void {
    if (this.closed || this.task) return;
    if (this.options.demo)
      this.demoSource = { baseUrl: `${stationUrl}${DEMO_FEED_PATH}`, apiKey: DEMO_API_KEY };
    this.task = cron.schedule(TICK, () => this.tick(), { name: JOB, noOverlap: true });
    if (this.mode() === 'demo') this.startQuietly('startup');
  }

  /** Starts a run in the background; `done` settles when it has finished (ok or error). */
  async start(
    trigger: SyncTrigger,
    userId: number | null = null,
  ): Promise<{ id: number; done: Promise<SyncRunView> }> {
    if (this.current || this.starting) {
      throw conflict(
        'sync_running',
        'A storefront sync is already running. Wait for it to finish.',
        {
          run_id: this.current?.id ?? null,
        },
      );
    }
    this.starting = true;
    try {
      const source = await this.source();
      if (this.closed) throw conflict('station_closing', 'The station is shutting down.');
      const startedAt = new Date().toISOString();
      const { id } = this.ctx.db
        .insert(jobRuns)
        .values({ job: JOB, trigger, status: 'running', startedAt, userId })
        .returning({ id: jobRuns.id })
        .get();
      const run: ActiveRun = { id, trigger, startedAt, abort: new AbortController() };
      this.current = run;
      this.ctx.bus.publish('sync_started', { run_id: id, trigger });
      run.done = this.execute(run, source);
      return { id, done: run.done };
    } finally {
      this.starting = false;
    }
  }

  status(): SyncStatusView {
    const last = this.ctx.db
      .select()
      .from(jobRuns)
      .where(and(eq(jobRuns.job, JOB), ne(jobRuns.status, 'running')))
      .orderBy(desc(jobRuns.id))
      .limit(1)
      .get();
    const run = this.current;
    return {
      running: run !== null,
      current_run: run && { id: run.id, trigger: run.trigger, started_at: run.startedAt },
      last_run: last ? toView(last) : null,
      next_run_at:
        this.task && this.mode() !== 'none'
          ? nextRunAt(
              this.lastStartedAt(),
              this.ctx.settings.station().sync_interval_minutes,
              new Date(),
            )
          : null,
      mode: this.mode(),
    };
  }

  /** Newest first. */
  history(limit: number): SyncRunView[] {
    return this.ctx.db
      .select()
      .from(jobRuns)
      .where(eq(jobRuns.job, JOB))
      .orderBy(desc(jobRuns.id))
      .limit(limit)
      .all()
      .map(toView);
  }

  /** Stops the schedule and any fetch under way; resolves once the current run has been recorded. */
  async close(): Promise<void> {
    this.closed = true;
    await this.task?.destroy();
    this.task = null;
    const run = this.current;
    if (!run) return;
    run.abort.abort();
    await run.done;
  }

  private async source(): Promise<StorefrontSource> {
    const { api_base_url } = this.ctx.settings.station();
    if (api_base_url) {
      const apiKey = await this.ctx.secrets.get('storefront.api_key');
      if (apiKey) return { baseUrl: api_base_url, apiKey };
      throw conflict(
        'storefront_not_configured',
        'The storefront API key is not set. Enter it in Settings, then sync again.',
      );
    }
    if (this.options.demo && this.demoSource) return this.demoSource;
    throw conflict(
      'storefront_not_configured',
      'No storefront is set up yet. Enter its API address and key in Settings, then sync again.',
    );
  }

  private async execute(run: ActiveRun, source: StorefrontSource): Promise<SyncRunView> {
    const progress = (p: FeedProgress) =>
      this.ctx.bus.publish('sync_progress', { run_id: run.id, ...p });
    let outcome: Outcome;
    try {
      const result = await importFeed(
        this.ctx,
        source,
        this.fetchOptions,
        this.ctx.settings.station().status_mapping,
        {
          onProgress: progress,
          onReady: (ids) =>
            ids.forEach((id) => this.ctx.bus.publish('order_ready', { order_id: id })),
          signal: run.abort.signal,
        },
      );
      outcome = {
        status: 'ok',
        counts: result.counts,
        log: result.log,
        warnings: result.warnings,
        error: null,
      };
    } catch (err) {
      const known = err instanceof FeedError;
      const partial = err instanceof PartialImportError ? err.result : null;
      outcome = {
        status: 'error',
        counts: partial?.counts ?? NO_COUNTS,
        log: known ? err.problems : [],
        warnings: partial?.warnings ?? [],
        error: known ? err.message : `the import stopped unexpectedly: ${(err as Error).message}`,
      };
    }
    try {
      this.ctx.db
        .update(jobRuns)
        .set({
          status: outcome.status,
          finishedAt: new Date().toISOString(),
          counts: { ...outcome.counts },
          log: capLog(outcome.log),
          warnings: outcome.warnings,
          error: outcome.error,
        })
        .where(eq(jobRuns.id, run.id))
        .run();
    } finally {
      this.current = null;
    }
    this.ctx.bus.publish('sync_finished', {
      run_id: run.id,
      status: outcome.status,
      counts: outcome.counts,
      error: outcome.error,
    });
    return this.run(run.id);
  }

  private run(id: number): SyncRunView {
    return toView(this.ctx.db.select().from(jobRuns).where(eq(jobRuns.id, id)).get()!);
  }

  private lastStartedAt(): string | null {
    return (
      this.ctx.db
        .select({ startedAt: jobRuns.startedAt })
        .from(jobRuns)
        .where(eq(jobRuns.job, JOB))
        .orderBy(desc(jobRuns.id))
        .limit(1)
        .get()?.startedAt ?? null
    );
  }

  private tick(): void {
    if (this.current || this.starting || this.mode() === 'none') return;
    const interval = this.ctx.settings.station().sync_interval_minutes;
    if (isDue(this.lastStartedAt(), interval, new Date())) this.startQuietly('schedule');
  }

  /** Background starts: "already running" or "not set up" is simply no run this time. */
  private startQuietly(trigger: SyncTrigger): void {
    this.start(trigger).catch((err: Error) => {
      if (!(err instanceof StationError))
        console.error(`A ${trigger} storefront sync could not start:`, err);
    });
  }
}
