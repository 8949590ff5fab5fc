import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lineStates, seedOrders } from '../../testing/fixtures';
import { testStation, type TestStation } from '../../testing/test-station';
import type { StationEvent } from '../../contract/events';
import { PickingService, type Actor } from './picking-service';

let st: TestStation;
let picking: PickingService;
let events: StationEvent[];
const actor: Actor = { userId: 1, username: 'admin', device: 'handheld-7' };

beforeEach(async () => {
  st = await testStation();
  picking = new PickingService(st.ctx.writes, st.ctx.bus);
  events = [];
  st.ctx.bus.subscribe((e) => events.push(e));
});
afterEach(() => st.close());

const sql = (text: string, ...params: unknown[]) => st.ctx.db.$client.prepare(text).all(...params);
const needsCount = () => sql("select needs_count from products where sku = 'HAY-1'")[0];
const stockOnHand = (qty: number) =>
  sql(
    `insert into stock_movements (product_id, type, quantity_change, quantity_before, quantity_after)
     values ((select id from products where sku = 'HAY-1'), 'RECEIVE', ?, 0, ?) returning id`,
    qty,
    qty,
  );

describe('undo of a short', () => {
  it('leaves an earlier pick alone and restores the exact state before the short', async () => {
    seedOrders(st.ctx.db, [
      { ext: '1', createdAt: '2026-11-19T10:00:00Z', lines: { 'HAY-1': 2 } },
      { ext: '2', createdAt: '2026-11-19T11:00:00Z', lines: { 'HAY-1': 2 } },
    ]);
    await picking.pick('HAY-1', 2, actor);
    const afterPick = lineStates(st.ctx.db);
    const short = await picking.notInStock('HAY-1', 1, actor);
    const answer = await picking.undoShort(short.exception_id, actor);
    expect(answer).toMatchObject({
      exception_id: short.exception_id,
      sku: 'HAY-1',
      qty_short: 1,
      allocations: [{ order_number: 'CC-2', qty: 1 }],
    });
    expect(lineStates(st.ctx.db)).toEqual(afterPick);
    expect(sql('select count(*) as n from stock_exceptions')).toEqual([{ n: 0 }]);
    expect(sql("select type from order_events where type like 'short%' order by id")).toEqual([
      { type: 'short' },
      { type: 'short_undone' },
    ]);
    const undone = events
      .filter((e) => e.type === 'short')
      .map((e) => 'undo' in (e.data as object));
    expect(undone).toEqual([false, true]);
  });

  it('reopens an order that became ready through the short', async () => {
    const ids = seedOrders(st.ctx.db, [
      { ext: '1', createdAt: '2026-11-19T10:00:00Z', lines: { 'HAY-1': 2 } },
    ]);
    await picking.pick('HAY-1', 1, actor);
    const short = await picking.notInStock('HAY-1', undefined, actor);
    expect(short.ready_orders).toEqual([ids.get('1')]);
    const answer = await picking.undoShort(short.exception_id, actor);
    expect(answer.reopened_orders).toEqual([ids.get('1')]);
    expect(lineStates(st.ctx.db)).toEqual([
      { order: '1', sku: 'HAY-1', picked: 1, short: 0, ordered: 2, status: 'open' },
    ]);
  });

  it('404 for an unknown or already undone short, 409 when an order it touched is packed', async () => {
    const ids = seedOrders(st.ctx.db, [
      { ext: '1', createdAt: '2026-11-19T10:00:00Z', lines: { 'HAY-1': 3 } },
    ]);
    const a = await picking.notInStock('HAY-1', 1, actor);
    await picking.undoShort(a.exception_id, actor);
    await expect(picking.undoShort(a.exception_id, actor)).rejects.toMatchObject({
      status: 404,
      code: 'short_not_found',
    });
    const b = await picking.notInStock('HAY-1', 3, actor);
    st.ctx.db.$client.prepare("update orders set status = 'packed' where id = ?").run(ids.get('1'));
    await expect(picking.undoShort(b.exception_id, actor)).rejects.toMatchObject({
      status: 409,
      code: 'already_packed',
    });
    expect(lineStates(st.ctx.db)[0]!.short).toBe(3);
  });

  it('is idempotent by request_id: a repeat answers as before, changes nothing, publishes nothing', async () => {
    seedOrders(st.ctx.db, [{ ext: '1', createdAt: '2026-11-19T10:00:00Z', lines: { 'HAY-1': 4 } }]);
    const a = await picking.notInStock('HAY-1', 1, actor);
    const b = await picking.notInStock('HAY-1', 1, actor);
    const first = await picking.undoShort(a.exception_id, actor, 'undo-1');
    expect(await picking.undoShort(a.exception_id, actor, 'undo-1')).toEqual(first);
    expect(lineStates(st.ctx.db)[0]!.short).toBe(1);
    expect(sql('select id from stock_exceptions')).toEqual([{ id: b.exception_id }]);
    expect(events.filter((e) => e.type === 'short')).toHaveLength(3);
  });

  it('clears the cycle-count flag it raised, unless another short raised it too', async () => {
    seedOrders(st.ctx.db, [{ ext: '1', createdAt: '2026-11-19T10:00:00Z', lines: { 'HAY-1': 4 } }]);
    stockOnHand(4);
    const a = await picking.notInStock('HAY-1', 1, actor);
    const b = await picking.notInStock('HAY-1', 1, actor);
    expect((await picking.undoShort(b.exception_id, actor)).needs_count).toBe(true);
    expect(needsCount()).toEqual({ needs_count: 1 });
    expect((await picking.undoShort(a.exception_id, actor)).needs_count).toBe(false);
    expect(needsCount()).toEqual({ needs_count: 0 });
  });

  it('keeps a flag it did not raise', async () => {
    seedOrders(st.ctx.db, [{ ext: '1', createdAt: '2026-11-19T10:00:00Z', lines: { 'HAY-1': 4 } }]);
    const a = await picking.notInStock('HAY-1', 1, actor);
    sql("update products set needs_count = 1 where sku = 'HAY-1' returning id");
    expect((await picking.undoShort(a.exception_id, actor)).needs_count).toBe(true);
  });
});
