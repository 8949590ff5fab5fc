import type { JobTrigger } from '../domain/jobs';
import cron, { type ScheduledTask } from 'node-cron';
import { conflict, StationError } from '../domain/errors';
import type { WriteQueue } from '../platform/write-queue';
import type { ReadDb } from '../store/db';
import {
  findRun,
  finishRun,
  insertRun,
  interruptRuns,
  lastFinishedRun,
  lastStartedAt,
  recentRuns,
  type JobRunRow,
  type RunEnd,
} from '../store/job-runs';
import { JobFailed, type Job, type RunBody, type RunSummary } from './job';
import { describeSchedule, nextScheduledRun, scheduleIsDue, TICK } from './schedule';

/** A job with thousands of problems would otherwise store a log nobody reads. */
const MAX_LOG_LINES = 200;
const INTERRUPTED = 'the station stopped before this run finished';

export interface JobStatus<View> {
  running: boolean;
  current_run: { id: number; trigger: JobTrigger; started_at: string } | null;
  /** The last finished run. */
  last_run: View | null;
  /** Null when nothing is scheduled: the job says so, or the station is not serving. */
  next_run_at: string | null;
}

/** One job as the runner serves it to its routes. */
export interface JobHandle<View, Details extends object> {
  /** Starts a run in the background; `done` settles once its row has the outcome. */
  start(trigger: JobTrigger, userId?: number | null): Promise<{ id: number; done: Promise<View> }>;
  status(): JobStatus<View> & Details;
  /** Newest first. */
  history(limit: number): View[];
}

export interface JobListing {
  name: string;
  title: string;
  schedule: string | null;
  running: boolean;
  next_run_at: string | null;
  last_runs: unknown[];
}

interface ActiveRun {
  /** Null while the job prepares and its row is being written. */
  id: number | null;
  trigger: JobTrigger;
  startedAt: string;
  abort: AbortController;
  /** Settles when the run has been recorded, or was refused before it began. */
  settled: Promise<unknown>;
}

interface Entry {
  job: Job<unknown>;
  active: ActiveRun | null;
}

function capLog(log: string[]): string[] {
  if (log.length <= MAX_LOG_LINES) return log;
  return [...log.slice(0, MAX_LOG_LINES), `…and ${log.length - MAX_LOG_LINES} more lines`];
}

function outcome(summary: RunSummary, error: string | null): RunEnd {
  return {
    status: error === null ? 'ok' : 'error',
    finishedAt: new Date().toISOString(),
    counts: summary.counts ? { ...summary.counts } : null,
    log: capLog(summary.log ?? []),
    warnings: summary.warnings ?? [],
    error,
  };
}

/**
 * Runs the station's jobs: one run at a time per job, each a job_runs row that ends ok or error
 * with its reason, a cron tick that starts what is due once the station serves, and a close that
 * aborts what runs and waits until it is recorded. Rows are written through the WriteQueue.
 */
export class JobRunner {
  private readonly entries = new Map<string, Entry>();
  private task: ScheduledTask | null = null;
  private closed = false;

  private constructor(private readonly deps: { db: ReadDb; writes: WriteQueue }) {}

  /** A run the station was killed in the middle of would otherwise say "running" forever. */
  static async open(deps: { db: ReadDb; writes: WriteQueue }): Promise<JobRunner> {
    const finishedAt = new Date().toISOString();
    await deps.writes.run((tx) => interruptRuns(tx, finishedAt, INTERRUPTED));
    return new JobRunner(deps);
  }

  register<View, Details extends object>(job: Job<View, Details>): JobHandle<View, Details> {
    if (this.entries.has(job.name)) throw new Error(`job ${job.name} is registered twice`);
    const entry: Entry = { job, active: null };
    this.entries.set(job.name, entry);
    return {
      start: async (trigger, userId = null) => {
        const { id, done } = await this.start(entry, trigger, userId);
        return { id, done: done.then((row) => job.view(row)) };
      },
      status: () => {
        const last = lastFinishedRun(this.deps.db, job.name);
        return {
          ...this.state(entry),
          last_run: last ? job.view(last) : null,
          ...(job.details?.() as Details),
        };
      },
      history: (limit) => recentRuns(this.deps.db, job.name, limit).map((row) => job.view(row)),
    };
  }

  /** Every job in the order registered, with its schedule and its last ten runs. */
  list(): (JobListing & Record<string, unknown>)[] {
    return [...this.entries.values()].map((entry) => {
      const { job } = entry;
      const schedule = job.schedule();
      const { running, next_run_at } = this.state(entry);
      return {
        name: job.name,
        title: job.title,
        schedule: schedule && describeSchedule(schedule),
        ...job.details?.(),
        running,
        next_run_at,
        last_runs: recentRuns(this.deps.db, job.name, 10).map((row) => job.view(row)),
      };
    });
  }

  /** The station is serving: the schedule starts, and so do the jobs that run at startup. */
  serve(): void {
    if (this.closed || this.task) return;
    this.task = cron.schedule(TICK, () => this.tick(), { name: 'jobs', noOverlap: true });
    for (const entry of this.entries.values()) {
      if (entry.job.runsAtStartup?.()) this.startQuietly(entry, 'startup');
    }
  }

  /** Stops the schedule and aborts the runs under way; resolves once each has been recorded. */
  async close(): Promise<void> {
    this.closed = true;
    await this.task?.destroy();
    this.task = null;
    const running = [...this.entries.values()].flatMap((e) => (e.active ? [e.active] : []));
    for (const run of running) run.abort.abort();
    await Promise.all(running.map((run) => run.settled));
  }

  private state(entry: Entry): Pick<JobStatus<unknown>, 'running' | 'current_run' | 'next_run_at'> {
    const run = entry.active;
    const current =
      run && run.id !== null
        ? { id: run.id, trigger: run.trigger, started_at: run.startedAt }
        : null;
    const schedule = entry.job.schedule();
    return {
      running: current !== null,
      current_run: current,
      next_run_at:
        this.task && schedule
          ? nextScheduledRun(schedule, lastStartedAt(this.deps.db, entry.job.name), new Date())
          : null,
    };
  }

  private start(
    entry: Entry,
    trigger: JobTrigger,
    userId: number | null,
  ): Promise<{ id: number; done: Promise<JobRunRow> }> {
    if (entry.active) {
      const { code, message } = entry.job.busy;
      return Promise.reject(conflict(code, message, { run_id: entry.active.id }));
    }
    const run: ActiveRun = {
      id: null,
      trigger,
      startedAt: '',
      abort: new AbortController(),
      settled: Promise.resolve(),
    };
    entry.active = run;
    const starting = this.begin(entry, run, userId);
    run.settled = starting.then(({ done }) => done).catch(() => undefined);
    return starting;
  }

  private async begin(
    entry: Entry,
    run: ActiveRun,
    userId: number | null,
  ): Promise<{ id: number; done: Promise<JobRunRow> }> {
    const { job } = entry;
    let body: RunBody;
    let id: number;
    try {
      body = await job.prepare();
      if (this.closed) throw conflict('station_closing', 'The station is shutting down.');
      run.startedAt = new Date().toISOString();
      const start = { job: job.name, trigger: run.trigger, startedAt: run.startedAt, userId };
      id = run.id = await this.deps.writes.run((tx) => insertRun(tx, start));
    } catch (err) {
      entry.active = null;
      throw err;
    }
    job.started?.({ id, trigger: run.trigger });
    return { id, done: this.execute(entry, id, body, run) };
  }

  private async execute(
    entry: Entry,
    id: number,
    body: RunBody,
    run: ActiveRun,
  ): Promise<JobRunRow> {
    let end: RunEnd;
    try {
      end = outcome(
        await body({ runId: id, trigger: run.trigger, signal: run.abort.signal }),
        null,
      );
    } catch (err) {
      end =
        err instanceof JobFailed
          ? outcome(err.summary, err.message)
          : outcome({}, `the run stopped unexpectedly: ${(err as Error).message}`);
    }
    try {
      await this.deps.writes.run((tx) => finishRun(tx, id, end));
    } finally {
      entry.active = null;
    }
    const row = findRun(this.deps.db, id)!;
    entry.job.finished?.(row);
    return row;
  }

  private tick(): void {
    for (const entry of this.entries.values()) {
      const schedule = entry.job.schedule();
      if (entry.active || !schedule) continue;
      const last = lastStartedAt(this.deps.db, entry.job.name);
      if (scheduleIsDue(schedule, last, new Date())) this.startQuietly(entry, 'schedule');
    }
  }

  /** Background starts: "already running" or "not set up" is simply no run this time. */
  private startQuietly(entry: Entry, trigger: JobTrigger): void {
    this.start(entry, trigger, null).catch((err: Error) => {
      if (!(err instanceof StationError))
        console.error(`A ${trigger} run of ${entry.job.name} could not start:`, err);
    });
  }
}
