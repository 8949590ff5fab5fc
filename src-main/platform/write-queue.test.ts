import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './database';
import { WriteQueue } from './write-queue';

const fresh = () => openDatabase(join(mkdtempSync(join(tmpdir(), 'ws-wq-')), 'station.db'));
const insert = (db: ReturnType<typeof fresh>, sku: string) => () =>
  db.$client.prepare("insert into products (sku, title) values (?, 'x')").run(sku).lastInsertRowid;

describe('WriteQueue', () => {
  it('commits actions that arrive together in one transaction, answering each', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ws-wq-')), 'station.db');
    const db = openDatabase(file);
    const reader = new Database(file, { readonly: true });
    const queue = new WriteQueue(db);
    let seenByReader = -1;
    const answers = await Promise.all([
      queue.run(insert(db, 'A')),
      queue.run(insert(db, 'B')),
      queue.run(() => {
        // Another connection sees nothing of A and B yet: they wait for the shared commit.
        seenByReader = (reader.prepare('select count(*) as n from products').get() as { n: number })
          .n;
        return insert(db, 'C')();
      }),
    ]);
    expect(answers).toEqual([1, 2, 3]);
    expect(seenByReader).toBe(0);
    expect((reader.prepare('select count(*) as n from products').get() as { n: number }).n).toBe(3);
  });

  it('runs nothing while held, and everything that waited once released', async () => {
    const db = fresh();
    const queue = new WriteQueue(db);
    const release = queue.hold();
    let done = 0;
    const waiting = [queue.run(insert(db, 'A')), queue.run(insert(db, 'B'))];
    for (const p of waiting) void p.then(() => done++);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(done).toBe(0);
    expect(db.$client.prepare('select count(*) as n from products').get()).toEqual({ n: 0 });
    release();
    release(); // a second release changes nothing
    expect(await Promise.all(waiting)).toEqual([1, 2]);
  });

  it('rolls back only the action that throws; the others in its batch commit', async () => {
    const db = fresh();
    const queue = new WriteQueue(db);
    const results = await Promise.allSettled([
      queue.run(insert(db, 'A')),
      queue.run(() => {
        insert(db, 'B')();
        throw new Error('refused');
      }),
      queue.run(insert(db, 'C')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(db.$client.prepare('select sku from products order by sku').pluck().all()).toEqual([
      'A',
      'C',
    ]);
  });

  it('answers no caller before the shared commit', async () => {
    const db = fresh();
    const queue = new WriteQueue(db);
    const seen: boolean[] = [];
    await Promise.all(
      ['A', 'B'].map((s) =>
        queue.run(insert(db, s)).then(() => seen.push(db.$client.inTransaction)),
      ),
    );
    expect(seen).toEqual([false, false]);
  });

  it('splits a long queue into batches and runs everything in arrival order', async () => {
    const db = fresh();
    const queue = new WriteQueue(db, 4);
    const order: number[] = [];
    await Promise.all(Array.from({ length: 10 }, (_, i) => queue.run(() => order.push(i))));
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('waits for a checkpoint that holds the write lock instead of failing the batch', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ws-wq-')), 'station.db');
    const db = openDatabase(file);
    const queue = new WriteQueue(db);
    // What a RESTART or TRUNCATE checkpoint does from the Checkpointer's thread: hold the
    // write lock for a moment.
    const holder = new Worker(
      `const { workerData, parentPort } = require('node:worker_threads');
       const Database = require(workerData.driver);
       const db = new Database(workerData.file);
       db.exec('begin immediate');
       parentPort.postMessage('locked');
       Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300);
       db.exec('commit');
       db.close();`,
      {
        eval: true,
        workerData: { file, driver: createRequire(import.meta.url).resolve('better-sqlite3') },
      },
    );
    await once(holder, 'message');
    // A pick reads before it writes; a transaction that began by reading could not wait for
    // the lock and failed with "database is locked".
    const answer = await queue.run(() => {
      db.$client.prepare('select count(*) from products').get();
      return insert(db, 'A')();
    });
    expect(answer).toBe(1);
    await once(holder, 'exit');
  });
});
