import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../platform/database';
import { WriteQueue } from '../platform/write-queue';
import {
  finishRun,
  findRun,
  insertRun,
  lastFinishedRun,
  lastStartedAt,
  recentRuns,
} from './job-runs';

describe('job runs', () => {
  it('keeps counts, log and warnings as written, and tells finished runs from the one going', async () => {
    const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'ws-job-runs-')), 'station.db'));
    const writes = new WriteQueue(db);
    const start = (startedAt: string) =>
      writes.run((tx) =>
        insertRun(tx, { job: 'sync', trigger: 'manual', startedAt, userId: null }),
      );
    const first = await start('2026-11-20T10:00:00.000Z');
    const end = {
      status: 'ok' as const,
      finishedAt: '2026-11-20T10:01:00.000Z',
      counts: { orders_created: 3 },
      log: ['imported 3 orders'],
      warnings: [{ code: 'duplicate_order_number', message: 'two orders have CC-1' }],
      error: null,
    };
    await writes.run((tx) => finishRun(tx, first, end));
    const second = await start('2026-11-20T11:00:00.000Z');

    expect(findRun(db, first)).toEqual({
      id: first,
      job: 'sync',
      trigger: 'manual',
      startedAt: '2026-11-20T10:00:00.000Z',
      userId: null,
      ...end,
    });
    expect(findRun(db, second)).toMatchObject({
      status: 'running',
      finishedAt: null,
      counts: null,
      log: null,
      warnings: null,
    });
    expect(recentRuns(db, 'sync', 10).map((r) => r.id)).toEqual([second, first]);
    expect(lastFinishedRun(db, 'sync')?.id).toBe(first);
    expect(lastStartedAt(db, 'sync')).toBe('2026-11-20T11:00:00.000Z');
    expect(lastStartedAt(db, 'other')).toBeNull();
    db.$client.close();
  });
});
