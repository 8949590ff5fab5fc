import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../platform/database';
import { WriteQueue } from '../platform/write-queue';
import { addOrderEvent } from './order-events';

describe('addOrderEvent', () => {
  it('writes one line of an order history, by whom, inside the write', async () => {
    const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'ws-events-')), 'station.db'));
    const insert = (sql: string) => Number(db.$client.prepare(sql).run().lastInsertRowid);
    const orderId = insert(
      `insert into orders (channel, external_order_id, number, status, created_at)
       values ('storefront', 'x1', 'CC-1', 'open', '2026-11-20T10:00:00.000Z')`,
    );
    const by = {
      id: insert("insert into users (username, password_hash, role) values ('a', 'x', 'packer')"),
    };
    await new WriteQueue(db).run((tx) =>
      addOrderEvent(tx, orderId, 'packed', { units: 2, verified: true }, by),
    );
    expect(
      db.$client.prepare('select order_id, type, detail, user_id from order_events').all(),
    ).toEqual([
      { order_id: orderId, type: 'packed', detail: '{"units":2,"verified":true}', user_id: by.id },
    ]);
    db.$client.close();
  });

  it('takes no plain connection: only the WriteQueue hands out a WriteTx (checked by tsc)', () => {
    const outsideTheWrite = (db: Db) =>
      // @ts-expect-error a Db is not a WriteTx
      addOrderEvent(db, 1, 'packed', {}, { id: 1 });
    expect(outsideTheWrite).toBeTypeOf('function');
  });
});
