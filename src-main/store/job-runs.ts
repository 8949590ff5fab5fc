import type { JobTrigger } from '../domain/jobs';
import { and, desc, eq, ne } from 'drizzle-orm';
import { jobRuns, type RunWarning } from '../../db/schema';
import type { ReadDb, WriteTx } from './db';

export type JobRunRow = typeof jobRuns.$inferSelect;

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

export function insertRun(tx: WriteTx, run: RunStart): number {
  return tx
    .insert(jobRuns)
    .values({ ...run, status: 'running' })
    .returning({ id: jobRuns.id })
    .get().id;
}

export function finishRun(tx: WriteTx, id: number, end: RunEnd): void {
  tx.update(jobRuns).set(end).where(eq(jobRuns.id, id)).run();
}

/** Ends every run still marked running, whatever its job: answers how many there were. */
export function interruptRuns(tx: WriteTx, finishedAt: string, error: string): number {
  return tx
    .update(jobRuns)
    .set({ status: 'error', finishedAt, error })
    .where(eq(jobRuns.status, 'running'))
    .run().changes;
}

export function findRun(db: ReadDb, id: number): JobRunRow | undefined {
  return db.select().from(jobRuns).where(eq(jobRuns.id, id)).get();
}

/** Newest first. */
export function recentRuns(db: ReadDb, job: string, limit: number): JobRunRow[] {
  return db
    .select()
    .from(jobRuns)
    .where(eq(jobRuns.job, job))
    .orderBy(desc(jobRuns.id))
    .limit(limit)
    .all();
}

export function lastFinishedRun(db: ReadDb, job: string): JobRunRow | undefined {
  return db
    .select()
    .from(jobRuns)
    .where(and(eq(jobRuns.job, job), ne(jobRuns.status, 'running')))
    .orderBy(desc(jobRuns.id))
    .limit(1)
    .get();
}

/** When the job's newest run started, finished or not: the schedule counts from there. */
export function lastStartedAt(db: ReadDb, job: string): string | null {
  return (
    db
      .select({ startedAt: jobRuns.startedAt })
      .from(jobRuns)
      .where(eq(jobRuns.job, job))
      .orderBy(desc(jobRuns.id))
      .limit(1)
      .get()?.startedAt ?? null
  );
}
