import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../platform/database';
import { orderByNumber } from './orders';

let db: Db;
const ids: number[] = [];

beforeAll(() => {
  db = openDatabase(join(mkdtempSync(join(tmpdir(), 'ws-orders-')), 'station.db'));
  const order = db.$client.prepare(
    `insert into orders (channel, external_order_id, number, status, customer_name, created_at)
     values ('storefront', ?, ?, ?, ?, ?) returning id`,
  );
  for (const [ext, number, status, at] of [
    ['x1', 'CC-1', 'open', '2026-11-20T10:00:00.000Z'],
    // The storefront reused CC-2; the later-imported order is the older one.
    ['x2', 'CC-2', 'ready_to_pack', '2026-11-20T12:00:00.000Z'],
    ['x3', 'CC-2', 'shipped', '2026-11-19T09:00:00.000Z'],
  ] as const) {
    ids.push((order.get(ext, number, status, `Customer ${ext}`, at) as { id: number }).id);
  }
});
afterAll(() => db.$client.close());

describe('orderByNumber', () => {
  it('names the one order with the number', () => {
    expect(orderByNumber(db, 'CC-1')).toEqual({
      kind: 'order',
      order: {
        id: ids[0],
        number: 'CC-1',
        status: 'open',
        channel: 'storefront',
        customer_name: 'Customer x1',
        created_at: '2026-11-20T10:00:00.000Z',
      },
    });
  });

  it('lists every order sharing a number, oldest first, instead of guessing', () => {
    const found = orderByNumber(db, 'CC-2');
    expect(found.kind).toBe('ambiguous');
    expect(found.kind === 'ambiguous' && found.orders.map((o) => o.id)).toEqual([ids[2], ids[1]]);
  });

  it('matches the number exactly only', () => {
    expect(orderByNumber(db, 'cc-1')).toEqual({ kind: 'none' });
    expect(orderByNumber(db, 'CC-404')).toEqual({ kind: 'none' });
  });
});
