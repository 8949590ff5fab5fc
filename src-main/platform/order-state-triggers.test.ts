import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedOrders } from '../testing/fixtures';
import { openDatabase } from './database';

// Picking reads only the copies of the order's state on its lines (order_active, fifo_at,
// fifo_ext); the triggers must keep them exact, and leave the lines alone when nothing they copy
// changed (that rewrite cost random pages on every pick that readied an order).
describe('order state copied to its lines', () => {
  const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'ws-triggers-')), 'station.db'));
  const id = seedOrders(db, [
    { ext: '77', createdAt: '2026-11-19T10:00:00Z', lines: { 'HAY-1': 1, 'BED-1': 2 } },
  ]).get('77')!;
  const client = db.$client;
  const lines = () =>
    client
      .prepare(
        'select order_active, fifo_at, fifo_ext from order_items where order_id = ? order by id',
      )
      .all(id) as { order_active: number; fifo_at: string; fifo_ext: string }[];
  const update = (set: string) => {
    const before = client.prepare('select total_changes() as n').get() as { n: number };
    client.prepare(`update orders set ${set} where id = ?`).run(id);
    const after = client.prepare('select total_changes() as n').get() as { n: number };
    return after.n - before.n - 1; // the lines rewritten by triggers
  };

  it('starts as the order is', () => {
    expect(lines()).toEqual([
      { order_active: 1, fifo_at: '2026-11-19T10:00:00.000Z', fifo_ext: '00000000000000000077' },
      { order_active: 1, fifo_at: '2026-11-19T10:00:00.000Z', fifo_ext: '00000000000000000077' },
    ]);
  });

  it('open → ready to pack and back touch no line; leaving or re-entering the flow does', () => {
    expect(update("status = 'ready_to_pack'")).toBe(0);
    expect(update("status = 'open'")).toBe(0);
    expect(update("status = 'packed'")).toBe(2);
    expect(lines().map((l) => l.order_active)).toEqual([0, 0]);
    expect(update("status = 'shipped'")).toBe(0);
    expect(update("status = 'open'")).toBe(2);
    expect(lines().map((l) => l.order_active)).toEqual([1, 1]);
    expect(update("channel = 'amazon_fba'")).toBe(2);
    expect(lines().map((l) => l.order_active)).toEqual([0, 0]);
    expect(update("channel = 'storefront'")).toBe(2);
    expect(lines().map((l) => l.order_active)).toEqual([1, 1]);
  });

  it('a new date or external id is copied; the same values rewrite nothing', () => {
    expect(update("created_at = '2026-11-18T09:00:00.000Z', external_order_id = 'AB-1'")).toBe(2);
    expect(lines()[0]).toEqual({
      order_active: 1,
      fifo_at: '2026-11-18T09:00:00.000Z',
      fifo_ext: 'AB-1',
    });
    expect(update("created_at = '2026-11-18T09:00:00.000Z', updated_at = 'x'")).toBe(0);
  });
});
