import type { RunWarning } from '../../db/schema';
import type { JobTrigger } from '../domain/jobs';
import type { JobRunRow } from '../store/job-runs';
import type { Schedule } from './schedule';

export type { JobRunRow } from '../store/job-runs';

/** What a run did, kept in its job_runs row and shown in Admin → Jobs. */
export interface RunSummary {
  counts?: Record<string, number>;
  log?: string[];
  warnings?: RunWarning[];
}

export interface RunContext {
  runId: number;
  trigger: JobTrigger;
  /** Aborted when the station closes: the run should stop soon and throw. */
  signal: AbortSignal;
}

export type RunBody = (run: RunContext) => Promise<RunSummary>;

/** A run that failed with a reason a person can act on; `summary` keeps what it did first. */
export class JobFailed extends Error {
  constructor(
    message: string,
    readonly summary: RunSummary = {},
  ) {
    super(message);
  }
}

/**
 * A unit of work the JobRunner starts (by hand, on its schedule, or once the station serves),
 * one run at a time, each run a job_runs row. `View` is how the job's runs are shown in its
 * routes; `Details` adds job-specific fields to its status and its Admin → Jobs entry.
 */
export interface Job<View, Details extends object = object> {
  /** The job_runs.job of its rows; never renamed, or the history is lost. */
  readonly name: string;
  readonly title: string;
  /** The 409 a second start gets while a run is going; details name the running run. */
  readonly busy: { code: string; message: string };
  /** Null while the job should not run on its own (not set up, say). Asked at every tick. */
  schedule(): Schedule | null;
  /** Once the station is serving: whether to run at once, without waiting for the schedule. */
  runsAtStartup?(): boolean;
  /**
   * Checks that the job can run now and answers the run. Throwing (a StationError says why)
   * refuses the start before any row is written.
   */
  prepare(): Promise<RunBody>;
  /** The row is written and the body is about to begin. */
  started?(run: { id: number; trigger: JobTrigger }): void;
  /** The row has its outcome and the job can be started again. */
  finished?(row: JobRunRow): void;
  view(row: JobRunRow): View;
  details?(): Details;
}
