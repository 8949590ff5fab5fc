import { randomBytes } from 'node:crypto';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { Checkpointer } from './checkpointer';
import { openDatabase } from './database';

describe('Checkpointer', () => {
  it('copies the WAL into the database from its own thread while the writer goes on', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ws-checkpoint-')), 'station.db');
    const db = openDatabase(file);
    const client = db.$client;
    client.exec('create table filler (id integer primary key, data blob)');
    const insert = client.prepare('insert into filler (data) values (?)');
    const write = (rows: number) =>
      client.transaction(() => {
        for (let i = 0; i < rows; i++) insert.run(randomBytes(1024));
      })();
    const size = () => statSync(file).size;

    write(2000);
    // The writer's own checkpoint waits for 100,000 pages: all of this is still in the WAL.
    const before = size();
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(2_000_000);

    const errors: string[] = [];
    const checkpointer = new Checkpointer(file, { everyMs: 20, onError: (m) => errors.push(m) });
    await vi.waitFor(() => expect(size()).toBeGreaterThan(before + 2_000_000), { timeout: 5_000 });
    // The writer is never blocked by it.
    write(500);
    expect(client.prepare('select count(*) as n from filler').get()).toEqual({ n: 2500 });
    await checkpointer.stop();
    expect(errors).toEqual([]);
    client.close();
  });

  it('says what went wrong when it cannot open the database', async () => {
    const errors: string[] = [];
    const missing = join(mkdtempSync(join(tmpdir(), 'ws-checkpoint-')), 'none.db');
    const checkpointer = new Checkpointer(missing, { onError: (m) => errors.push(m) });
    await vi.waitFor(() => expect(errors.join()).toMatch(/does not exist|unable to open/i), {
      timeout: 5_000,
    });
    await checkpointer.stop();
  });
});
