import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jobRuns } from '../../db/schema';
import { StationError } from '../domain/errors';
import { openDatabase, type Db } from '../platform/database';
import { WriteQueue } from '../platform/write-queue';
import { JobFailed, type Job, type JobRunRow, type RunBody } from './job';
import { JobRunner } from './runner';

let runner: JobRunner | undefined;
afterEach(async () => {
  await runner?.close();
  runner = undefined;
});

async function station(db: Db = freshDb()) {
  runner = await JobRunner.open({ db, writes: new WriteQueue(db) });
  return { db, runner };
}
const freshDb = () => openDatabase(join(mkdtempSync(join(tmpdir(), 'ws-jobs-')), 'station.db'));

/** A job whose every run is `body`; the view is the row itself. */
const testJob = (body: RunBody, more: Partial<Job<JobRunRow>> = {}): Job<JobRunRow> => ({
  name: 'test_job',
  title: 'A test job',
  busy: { code: 'test_running', message: 'The test job is already running.' },
  schedule: () => null,
  prepare: async () => body,
  view: (row) => row,
  ...more,
});

/** A run that goes on until `open()`. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, body: (async () => (await opened, {})) as RunBody };
}

/** Lets the write queue (setImmediate, never faked) commit what the runner asked of it. */
async function letWritesCommit() {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
}

/** A run that ends only when the station closes, and says so. */
const untilAborted: RunBody = ({ signal }) =>
  new Promise((_, reject) =>
    signal.addEventListener('abort', () => reject(new JobFailed('stopped: the station closed'))),
  );

describe('JobRunner', () => {
  it('runs one at a time: a second start while one runs is refused with the job’s 409', async () => {
    const { runner } = await station();
    const { open, body } = gate();
    const job = runner.register(testJob(body));
    const first = await job.start('manual');
    const second = job.start('manual');
    await expect(second).rejects.toBeInstanceOf(StationError);
    await expect(second).rejects.toMatchObject({
      status: 409,
      code: 'test_running',
      message: 'The test job is already running.',
      details: { run_id: first.id },
    });
    expect(job.status()).toMatchObject({
      running: true,
      current_run: { id: first.id, trigger: 'manual' },
      last_run: null,
    });

    open();
    expect(await first.done).toMatchObject({ id: first.id, status: 'ok', error: null });
    expect(job.status()).toMatchObject({ running: false, current_run: null });
    const third = await job.start('manual');
    expect(third.id).toBeGreaterThan(first.id);
    await third.done;
  });

  it('counts a start that is still preparing as running', async () => {
    const { runner } = await station();
    let ready!: (body: RunBody) => void;
    const job = runner.register(
      testJob(async () => ({}), {
        prepare: () => new Promise<RunBody>((resolve) => (ready = resolve)),
      }),
    );
    const first = job.start('manual');
    await expect(job.start('manual')).rejects.toMatchObject({
      code: 'test_running',
      details: { run_id: null },
    });
    ready(async () => ({}));
    await (
      await first
    ).done;
  });

  it('writes no row when the job refuses to start, and can be started once it is ready', async () => {
    const { db, runner } = await station();
    let ready = false;
    const job = runner.register(
      testJob(async () => ({}), {
        prepare: async () => {
          if (!ready) throw new StationError(409, 'not_set_up', 'Set the test job up first.');
          return async () => ({ counts: { things: 1 } });
        },
      }),
    );
    await expect(job.start('manual')).rejects.toMatchObject({ code: 'not_set_up' });
    expect(db.select().from(jobRuns).all()).toEqual([]);
    ready = true;
    const { done } = await job.start('manual', null);
    expect(await done).toMatchObject({ status: 'ok', counts: { things: 1 } });
  });

  it('records a failing run’s reason with what it did first, and an unexpected error as such', async () => {
    const { runner } = await station();
    let fail: () => never = () => {
      throw new JobFailed('the shop said no', { counts: { things: 2 }, log: ['thing 3: refused'] });
    };
    const job = runner.register(testJob(async () => fail()));
    expect(await (await job.start('manual')).done).toMatchObject({
      status: 'error',
      error: 'the shop said no',
      counts: { things: 2 },
      log: ['thing 3: refused'],
      finishedAt: expect.any(String),
    });
    fail = () => {
      throw new TypeError('x is undefined');
    };
    expect(await (await job.start('manual')).done).toMatchObject({
      status: 'error',
      error: 'the run stopped unexpectedly: x is undefined',
      counts: null,
      log: [],
    });
    expect(job.status().last_run).toMatchObject({ error: expect.stringMatching(/unexpectedly/) });
  });

  it('keeps the first 200 lines of a long log and says how many more there were', async () => {
    const { runner } = await station();
    const log = Array.from({ length: 250 }, (_, i) => `line ${i + 1}`);
    const job = runner.register(testJob(async () => ({ log })));
    const row = await (await job.start('manual')).done;
    expect(row.log).toHaveLength(201);
    expect(row.log!.at(199)).toBe('line 200');
    expect(row.log!.at(200)).toBe('…and 50 more lines');
  });

  it('lists the history newest first, each job apart, with the user who started a run', async () => {
    const { db, runner } = await station();
    const one = runner.register(testJob(async () => ({})));
    const two = runner.register(testJob(async () => ({}), { name: 'other_job' }));
    const first = await (await one.start('manual')).done;
    await (
      await two.start('manual')
    ).done;
    const second = await (await one.start('schedule')).done;
    expect(one.history(10).map((r) => [r.id, r.trigger])).toEqual([
      [second.id, 'schedule'],
      [first.id, 'manual'],
    ]);
    expect(one.history(1)).toHaveLength(1);
    expect(one.status().last_run?.id).toBe(second.id);
    expect(two.history(10)).toHaveLength(1);
    expect(
      db
        .select()
        .from(jobRuns)
        .all()
        .map((r) => r.userId),
    ).toEqual([null, null, null]);
  });

  it('refuses to register two jobs under one name: their histories would mix', async () => {
    const { runner } = await station();
    runner.register(testJob(async () => ({})));
    expect(() => runner.register(testJob(async () => ({})))).toThrow(/registered twice/);
  });

  it('marks runs a killed station left running as failed, and leaves finished ones alone', async () => {
    const db = freshDb();
    const startedAt = new Date().toISOString();
    db.insert(jobRuns)
      .values([
        { job: 'test_job', trigger: 'schedule', status: 'ok', startedAt, finishedAt: startedAt },
        { job: 'test_job', trigger: 'manual', status: 'running', startedAt },
        { job: 'other_job', trigger: 'startup', status: 'running', startedAt },
      ])
      .run();
    const { runner } = await station(db);
    const job = runner.register(testJob(async () => ({})));
    expect(job.status()).toMatchObject({ running: false, current_run: null });
    const rows = db.select().from(jobRuns).all();
    expect(rows.map((r) => [r.status, r.error])).toEqual([
      ['ok', null],
      ['error', 'the station stopped before this run finished'],
      ['error', 'the station stopped before this run finished'],
    ]);
    expect(rows.every((r) => r.finishedAt !== null)).toBe(true);
  });

  it('closing aborts a run under way and resolves once its outcome is recorded', async () => {
    const { db, runner: closing } = await station();
    const job = closing.register(testJob(untilAborted));
    const { id, done } = await job.start('manual');
    await closing.close();
    const row = db.select().from(jobRuns).all()[0];
    expect(row).toMatchObject({ id, status: 'error', error: 'stopped: the station closed' });
    expect(await done).toEqual(row);
    await expect(job.start('manual')).rejects.toMatchObject({ code: 'station_closing' });
  });

  it('lists every job with its schedule, its own details and its last runs', async () => {
    const { runner } = await station();
    let every: number | null = null;
    const job = runner.register(
      testJob(async () => ({}), {
        schedule: () => (every ? { everyMinutes: every } : null),
        details: () => ({ mode: 'test' }),
      }),
    );
    expect(runner.list()).toEqual([
      {
        name: 'test_job',
        title: 'A test job',
        schedule: null,
        mode: 'test',
        running: false,
        next_run_at: null,
        last_runs: [],
      },
    ]);
    every = 15;
    const run = await (await job.start('manual')).done;
    expect(runner.list()[0]).toMatchObject({
      schedule: 'every 15 minutes',
      next_run_at: null,
      last_runs: [run],
    });
    expect(job.status()).toMatchObject({ mode: 'test', next_run_at: null });
  });

  it('once serving, runs the jobs that run at startup and says when each scheduled one runs next', async () => {
    const { runner } = await station();
    const started = runner.register(
      testJob(async () => ({}), {
        schedule: () => ({ everyMinutes: 10 }),
        runsAtStartup: () => true,
      }),
    );
    const idle = runner.register(testJob(async () => ({}), { name: 'idle_job' }));
    runner.serve();
    await expect.poll(() => started.status().last_run?.trigger).toBe('startup');
    const nextRun = Date.parse(started.status().next_run_at!);
    const lastStart = Date.parse(started.status().last_run!.startedAt);
    // Ten minutes on, at a whole minute, the tick the interval ends on (jobs/schedule.ts).
    expect(nextRun % 60_000).toBe(0);
    expect(nextRun - lastStart).toBeGreaterThanOrEqual(9.5 * 60_000);
    expect(nextRun - lastStart).toBeLessThan(10.5 * 60_000);
    expect(idle.status()).toMatchObject({ next_run_at: null, last_run: null });
  });

  it('starts a scheduled job at the tick its interval ends on, and not before', async () => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'Date'],
      now: new Date('2026-11-20T14:00:30Z'),
    });
    try {
      const { runner } = await station();
      const job = runner.register(
        testJob(async () => ({}), { schedule: () => ({ everyMinutes: 2 }) }),
      );
      const unscheduled = runner.register(testJob(async () => ({}), { name: 'manual_only' }));
      runner.serve();
      const starts = () => job.history(10).map((r) => [r.trigger, r.startedAt.slice(11, 16)]);

      await vi.advanceTimersByTimeAsync(31_000);
      await letWritesCommit();
      expect(starts()).toEqual([['schedule', '14:01']]);
      expect(job.status().next_run_at).toBe('2026-11-20T14:03:00.000Z');

      await vi.advanceTimersByTimeAsync(60_000);
      await letWritesCommit();
      expect(starts()).toHaveLength(1);

      await vi.advanceTimersByTimeAsync(60_000);
      await letWritesCommit();
      expect(starts()).toEqual([
        ['schedule', '14:03'],
        ['schedule', '14:01'],
      ]);
      expect(unscheduled.history(10)).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });
});
