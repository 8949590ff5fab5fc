import { randomBytes } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { Checkpointer } from './checkpointer';
import { openDatabase } from './database';
import { WriteQueue } from './write-queue';

const tempFile = () => join(mkdtempSync(join(tmpdir(), 'ws-checkpoint-')), 'station.db');

describe('Checkpointer', () => {
  it('copies the WAL into the database from its own thread, the writer’s own checkpoint off meanwhile', async () => {
    const file = tempFile();
    const db = openDatabase(file);
    const client = db.$client;
    const autocheckpoint = () => client.pragma('wal_autocheckpoint', { simple: true });
    client.exec('create table filler (id integer primary key, data blob)');
    const insert = client.prepare('insert into filler (data) values (?)');
    const write = (rows: number) =>
      client.transaction(() => {
        for (let i = 0; i < rows; i++) insert.run(randomBytes(1024));
      })();
    const size = () => statSync(file).size;

    write(2000);
    // Under SQLite's 1,000-page automatic checkpoint: all of this is still in the WAL.
    const before = size();
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(2_000_000);

    const errors: string[] = [];
    const checkpointer = new Checkpointer(db, file, {
      everyMs: 20,
      onError: (m) => errors.push(m),
    });
    await vi.waitFor(() => expect(autocheckpoint()).toBe(0), { timeout: 5_000 });
    await vi.waitFor(() => expect(size()).toBeGreaterThan(before + 2_000_000), { timeout: 5_000 });
    // The writer is never blocked by it.
    write(500);
    expect(client.prepare('select count(*) as n from filler').get()).toEqual({ n: 2500 });
    await checkpointer.stop();
    expect(autocheckpoint()).toBe(1000);
    expect(errors).toEqual([]);
    client.close();
  });

  it('leaves the WAL file alone while commits go on, and cuts it back once they stop', async () => {
    const file = tempFile();
    const db = openDatabase(file);
    const client = db.$client;
    client.exec('create table filler (id integer primary key, data blob)');
    const insert = client.prepare('insert into filler (data) values (?)');
    const write = (rows: number) =>
      client.transaction(() => {
        for (let i = 0; i < rows; i++) insert.run(randomBytes(4000));
      })();
    const walSize = () => statSync(`${file}-wal`).size;
    // The WAL header's salt changes each time the log starts over from its first frame.
    const walSalt = () => {
      const fd = openSync(`${file}-wal`, 'r');
      const header = Buffer.alloc(8);
      readSync(fd, header, 0, 8, 16);
      closeSync(fd);
      return header.toString('hex');
    };

    // Its own pace (a look every 200 ms): a commit every few ms is a rush that has not stopped.
    const checkpointer = new Checkpointer(db, file);
    await vi.waitFor(() => expect(client.pragma('wal_autocheckpoint', { simple: true })).toBe(0));
    write(17_500); // a rush: ~70 MB of WAL, more than a station keeps once it is quiet
    const grown = walSize();
    expect(grown).toBeGreaterThan(67_108_864);
    // Small commits keep coming while the worker catches up and the log starts over; the commit
    // that starts it over used to truncate the file (journal_size_limit), stalling that pick.
    const salt = walSalt();
    let smallest = grown;
    await vi.waitFor(
      () => {
        write(1);
        smallest = Math.min(smallest, walSize());
        expect(walSalt()).not.toBe(salt);
      },
      { timeout: 20_000, interval: 5 },
    );
    write(1);
    expect(Math.min(smallest, walSize())).toBe(grown);
    // Quiet now: the worker cuts the file back.
    await vi.waitFor(() => expect(walSize()).toBeLessThan(1_000_000), { timeout: 10_000 });
    await checkpointer.stop();
    client.close();
  }, 60_000);

  it('keeps the WAL small under commits that never pause, holding the writer only briefly', async () => {
    const file = tempFile();
    const db = openDatabase(file);
    const client = db.$client;
    client.exec('create table filler (id integer primary key, data blob)');
    const insert = client.prepare('insert into filler (data) values (?)');
    const writes = new WriteQueue(db);
    const holds: number[] = [];
    const checkpointer = new Checkpointer(db, file, {
      everyMs: 20,
      catchUpPages: 1_000, // ~4 MB
      holdWrites: () => {
        const release = writes.hold();
        const at = performance.now();
        return () => {
          holds.push(performance.now() - at);
          release();
        };
      },
    });
    await vi.waitFor(() => expect(client.pragma('wal_autocheckpoint', { simple: true })).toBe(0));
    let peak = 0;
    // One commit after another with no pause between them: ~100 MB of WAL frames in all.
    for (let i = 0; i < 8_000; i++) {
      await writes.run(() => insert.run(randomBytes(4000)));
      if (i % 50 === 0) peak = Math.max(peak, statSync(`${file}-wal`).size);
    }
    await checkpointer.stop();
    expect(client.prepare('select count(*) as n from filler').get()).toEqual({ n: 8_000 });
    // Without the hold the log never starts over and ends near 100 MB; with it, it stays within
    // a few catch-ups of 4 MB even when other test files load the machine.
    expect(peak).toBeLessThan(40 * 1024 * 1024);
    expect(holds.length).toBeGreaterThan(0);
    expect(Math.max(...holds)).toBeLessThanOrEqual(260);
    client.close();
  }, 60_000);

  it('says what went wrong when it cannot open the database, and the writer checkpoints again', async () => {
    const db = openDatabase(tempFile());
    db.$client.pragma('wal_autocheckpoint = 0');
    const errors: string[] = [];
    const checkpointer = new Checkpointer(db, tempFile().replace('station.db', 'none.db'), {
      onError: (m) => errors.push(m),
    });
    await vi.waitFor(() => expect(errors.join()).toMatch(/does not exist|unable to open/i), {
      timeout: 5_000,
    });
    expect(db.$client.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    await checkpointer.stop();
    db.$client.close();
  });
});
