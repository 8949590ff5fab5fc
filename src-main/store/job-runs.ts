import type { RunWarning } from '../../db/schema';
import type { JobTrigger, RunStatus } from '../domain/jobs';
import { prepared } from '../platform/prepared';
import type { ReadDb, WriteTx } from './db';

/** One run of a job, as the runner and the jobs' views see it. */
export interface JobRunRow {
  id: number;
  job: string;
  trigger: JobTrigger;
  status: RunStatus;
  startedAt: string;
  finishedAt: string | null;
  counts: Record<string, number> | null;
  log: string[] | null;
  warnings: RunWarning[] | null;
  error: string | null;
  userId: number | null;
}

export interface RunStart {
  job: string;
  trigger: JobTrigger;
  startedAt: string;
  userId: number | null;
}

export interface RunEnd {
  status: 'ok' | 'error';
  finishedAt: string;
  counts: Record<string, number> | null;
  log: string[];
  warnings: RunWarning[];
  error: string | null;
}

/** The row as SQLite holds it: counts, log and warnings are JSON text. */
interface RunRecord {
  id: number;
  job: string;
  trigger: JobTrigger;
  status: RunStatus;
  started_at: string;
  finished_at: string | null;
  counts: string | null;
  log: string | null;
  warnings: string | null;
  error: string | null;
  user_id: number | null;
}

const RUN = `select id, job, trigger, status, started_at, finished_at, counts, log, warnings, error,
                    user_id
               from job_runs`;

const parsed = <T>(json: string | null): T | null =>
  json === null ? null : (JSON.parse(json) as T);

function toRow(record: RunRecord): JobRunRow {
  return {
    id: record.id,
    job: record.job,
    trigger: record.trigger,
    status: record.status,
    startedAt: record.started_at,
    finishedAt: record.finished_at,
    counts: parsed(record.counts),
    log: parsed(record.log),
    warnings: parsed(record.warnings),
    error: record.error,
    userId: record.user_id,
  };
}

const json = (value: unknown) => (value === null ? null : JSON.stringify(value));

export function insertRun(tx: WriteTx, run: RunStart): number {
  return prepared<[string, JobTrigger, string, number | null], { id: number }>(
    tx,
    `insert into job_runs (job, trigger, status, started_at, user_id)
     values (?, ?, 'running', ?, ?) returning id`,
  ).get(run.job, run.trigger, run.startedAt, run.userId)!.id;
}

export function finishRun(tx: WriteTx, id: number, end: RunEnd): void {
  prepared(
    tx,
    `update job_runs set status = ?, finished_at = ?, counts = ?, log = ?, warnings = ?, error = ?
      where id = ?`,
  ).run(
    end.status,
    end.finishedAt,
    json(end.counts),
    json(end.log),
    json(end.warnings),
    end.error,
    id,
  );
}

/** Ends every run still marked running, whatever its job: answers how many there were. */
export function interruptRuns(tx: WriteTx, finishedAt: string, error: string): number {
  return prepared<[string, string]>(
    tx,
    `update job_runs set status = 'error', finished_at = ?, error = ? where status = 'running'`,
  ).run(finishedAt, error).changes;
}

export function findRun(db: ReadDb, id: number): JobRunRow | undefined {
  const record = prepared<[number], RunRecord>(db, `${RUN} where id = ?`).get(id);
  return record && toRow(record);
}

/** Newest first. */
export function recentRuns(db: ReadDb, job: string, limit: number): JobRunRow[] {
  return prepared<[string, number], RunRecord>(db, `${RUN} where job = ? order by id desc limit ?`)
    .all(job, limit)
    .map(toRow);
}

export function lastFinishedRun(db: ReadDb, job: string): JobRunRow | undefined {
  const record = prepared<[string], RunRecord>(
    db,
    `${RUN} where job = ? and status <> 'running' order by id desc limit 1`,
  ).get(job);
  return record && toRow(record);
}

/** When the job's newest run started, finished or not: the schedule counts from there. */
export function lastStartedAt(db: ReadDb, job: string): string | null {
  return (
    prepared<[string], { started_at: string }>(
      db,
      'select started_at from job_runs where job = ? order by id desc limit 1',
    ).get(job)?.started_at ?? null
  );
}
