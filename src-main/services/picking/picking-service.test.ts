import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lineStates, seedOrders, type OrderFixture } from '../../testing/fixtures';
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

/** `[order ext, qty]` of each allocation. */
const byOrder = (allocations: { order_number: string; qty: number }[]) =>
  allocations.map((a) => [a.order_number.replace('CC-', ''), a.qty]);

describe('FIFO picking', () => {
  it.each<{
    name: string;
    orders: OrderFixture[];
    before?: { qty: number }[];
    qty: number;
    expected: (string | number)[][];
  }>([
    {
      name: 'oldest created_at first, filling each line before the next',
      orders: [
        { ext: '3', createdAt: '2026-11-19T12:00:00Z', lines: { 'HAY-1': 2 } },
        { ext: '1', createdAt: '2026-11-19T10:00:00Z', lines: { 'HAY-1': 2 } },
        { ext: '2', createdAt: '2026-11-19T11:00:00Z', lines: { 'HAY-1': 2 } },
      ],
      qty: 3,
      expected: [
        ['1', 2],
        ['2', 1],
      ],
    },
    {
      name: 'ties on created_at broken by order id, numerically for numeric ids',
      orders: [
        { ext: '10000', createdAt: '2026-11-19T10:00:00Z', lines: { 'HAY-1': 1 } },
        { ext: '9999', createdAt: '2026-11-19T10:00:00Z', lines: { 'HAY-1': 1 } },
        { ext: '10001', createdAt: '2026-11-19T10:00:00Z', lines: { 'HAY-1': 1 } },
      ],
      qty: 2,
      expected: [
        ['9999', 1],
        ['10000', 1],
      ],
    },
    {
      name: 'time-zone offsets compare as instants, not as text',
      orders: [
        // 09:30 in New York is 14:30 UTC: later than 12:00 UTC despite the smaller clock time.
        { ext: '1', createdAt: '2026-11-19T09:30:00-05:00', lines: { 'HAY-1': 1 } },
        { ext: '2', createdAt: '2026-11-19T13:00:00+01:00', lines: { 'HAY-1': 1 } },
      ],
      qty: 1,
      expected: [['2', 1]],
    },
    {
      name: 'partial fills: a line already partly picked gets only what it still needs',
      orders: [
        { ext: '1', createdAt: '2026-11-19T10:00:00Z', lines: { 'HAY-1': 3 } },
        { ext: '2', createdAt: '2026-11-19T11:00:00Z', lines: { 'HAY-1': 3 } },
      ],
      before: [{ qty: 2 }],
      qty: 3,
      expected: [
        ['1', 1],
        ['2', 2],
      ],
    },
    {
      name: 'multi-line orders: only the picked SKU moves, other lines wait',
      orders: [
        { ext: '1', createdAt: '2026-11-19T10:00:00Z', lines: { 'HAY-1': 1, 'TREAT-9': 4 } },
        { ext: '2', createdAt: '2026-11-19T11:00:00Z', lines: { 'HAY-1': 2 } },
      ],
      qty: 2,
      expected: [
        ['1', 1],
        ['2', 1],
      ],
    },
    {
      name: 'FBA, cancelled and packed orders are never picked for',
      orders: [
        {
          ext: '1',
          createdAt: '2026-11-19T08:00:00Z',
          lines: { 'HAY-1': 5 },
          channel: 'amazon_fba',
        },
        {
          ext: '2',
          createdAt: '2026-11-19T09:00:00Z',
          lines: { 'HAY-1': 5 },
          status: 'cancelled',
        },
        {
          ext: '3',
          createdAt: '2026-11-19T09:30:00Z',
          lines: { 'HAY-1': 5 },
          status: 'packed',
        },
        {
          ext: '4',
          createdAt: '2026-11-19T10:00:00Z',
          lines: { 'HAY-1': 1 },
          channel: 'amazon_fbm',
        },
        {
          ext: '5',
          createdAt: '2026-11-19T11:00:00Z',
          lines: { 'HAY-1': 1 },
          channel: 'direct',
        },
      ],
      qty: 2,
      expected: [
        ['4', 1],
        ['5', 1],
      ],
    },
  ])('$name', async ({ orders, before = [], qty, expected }) => {
    seedOrders(st.ctx.db, orders);
    for (const b of before) await picking.pick('HAY-1', b.qty, actor);
    expect(byOrder((await picking.pick('HAY-1', qty, actor)).allocations)).toEqual(expected);
  });

  it('checks every line after a sequence of picks', async () => {
    seedOrders(st.ctx.db, [
      { ext: '1', createdAt: '2026-11-19T10:00:00Z', lines: { 'HAY-1': 2, 'BED-1': 1 } },
      { ext: '2', createdAt: '2026-11-19T11:00:00Z', lines: { 'HAY-1': 1 } },
      { ext: '3', createdAt: '2026-11-19T12:00:00Z', lines: { 'HAY-1': 4, 'BED-1': 2 } },
    ]);
    await picking.pick('HAY-1', 4, actor);
    await picking.pick('BED-1', 2, actor);
    expect(
      lineStates(st.ctx.db).map(
        (l) => `${l.order}/${l.sku} ${l.picked}+${l.short}/${l.ordered} ${l.status}`,
      ),
    ).toEqual([
      '1/BED-1 1+0/1 ready_to_pack',
      '1/HAY-1 2+0/2 ready_to_pack',
      '2/HAY-1 1+0/1 ready_to_pack',
      '3/BED-1 1+0/2 open',
      '3/HAY-1 1+0/4 open',
    ]);
  });

  it('refuses more than remains with 409 over_pick, says how many are left, and changes nothing', async () => {
    seedOrders(st.ctx.db, [{ ext: '1', createdAt: '2026-11-19T10:00:00Z', lines: { 'HAY-1': 3 } }]);
    const before = lineStates(st.ctx.db);
    await expect(picking.pick('HAY-1', 4, actor)).rejects.toMatchObject({
      status: 409,
      code: 'over_pick',
      details: { sku: 'HAY-1', qty_remaining: 3 },
    });
    expect(lineStates(st.ctx.db)).toEqual(before);
    expect(st.ctx.db.$client.prepare('select count(*) as n from pick_events').get()).toEqual({
      n: 0,
    });
  });

  it('a refused pick says what to do with the units already in hand', async () => {
    seedOrders(st.ctx.db, [{ ext: '1', createdAt: '2026-11-19T10:00:00Z', lines: { 'HAY-1': 3 } }]);
    st.ctx.db.$client.prepare("update products set bin_location = 'D-2-1'").run();
    await picking.pick('HAY-1', 1, actor);
    await expect(picking.pick('HAY-1', 8, actor)).rejects.toMatchObject({
      message: 'Only 2 of HAY-1 are left to pick, not 8: pick 2 and put 6 back in D-2-1.',
      details: { qty_remaining: 2, bin_location: 'D-2-1' },
    });
    await picking.pick('HAY-1', 2, actor);
    await expect(picking.pick('HAY-1', 2, actor)).rejects.toMatchObject({
      message:
        'Nothing is left to pick for HAY-1: someone else picked it. Put the 2 back in D-2-1.',
    });
  });

  it('accepts the product barcode in place of the SKU; an unknown code is 404', async () => {
    seedOrders(st.ctx.db, [{ ext: '1', createdAt: '2026-11-19T10:00:00Z', lines: { 'HAY-1': 1 } }]);
    expect((await picking.pick('BC-HAY-1', 1, actor)).sku).toBe('HAY-1');
    await expect(picking.pick('NOPE', 1, actor)).rejects.toMatchObject({
      status: 404,
      code: 'unknown_sku',
    });
  });

  it('records who picked, on which device, and the exact allocations', async () => {
    seedOrders(st.ctx.db, [{ ext: '1', createdAt: '2026-11-19T10:00:00Z', lines: { 'HAY-1': 2 } }]);
    const { event_id } = await picking.pick('HAY-1', 2, actor);
    expect(
      st.ctx.db.$client
        .prepare('select user_id, device, qty, sku from pick_events where id = ?')
        .get(event_id),
    ).toEqual({
      user_id: 1,
      device: 'handheld-7',
      qty: 2,
      sku: 'HAY-1',
    });
    expect(
      st.ctx.db.$client
        .prepare('select qty from pick_allocations where pick_event_id = ?')
        .all(event_id),
    ).toEqual([{ qty: 2 }]);
  });
});

describe('not in stock', () => {
  const orders = [
    { ext: '1', createdAt: '2026-11-19T10:00:00Z', lines: { 'HAY-1': 2 } },
    { ext: '2', createdAt: '2026-11-19T11:00:00Z', lines: { 'HAY-1': 2 } },
    { ext: '3', createdAt: '2026-11-19T12:00:00Z', lines: { 'HAY-1': 2 } },
  ];

  it('gives short units to the newest orders first, the exact reverse of FIFO', async () => {
    seedOrders(st.ctx.db, orders);
    expect(byOrder((await picking.notInStock('HAY-1', 3, actor)).allocations)).toEqual([
      ['3', 2],
      ['2', 1],
    ]);
    // The oldest order keeps its claim on stock that may still turn up.
    expect(byOrder((await picking.pick('HAY-1', 3, actor)).allocations)).toEqual([
      ['1', 2],
      ['2', 1],
    ]);
  });

  it('without qty shorts everything that remains, and writes one stock exception', async () => {
    seedOrders(st.ctx.db, orders);
    await picking.pick('HAY-1', 1, actor);
    const answer = await picking.notInStock('HAY-1', undefined, actor);
    expect(answer.qty_short).toBe(5);
    expect(answer.ready_orders.sort()).toEqual([1, 2, 3]);
    const exception = st.ctx.db.$client
      .prepare(
        'select sku, product_title, qty_short, order_numbers, user_id, device from stock_exceptions',
      )
      .all();
    expect(exception).toEqual([
      {
        sku: 'HAY-1',
        product_title: 'Product HAY-1',
        qty_short: 5,
        order_numbers: '["CC-3","CC-2","CC-1"]',
        user_id: 1,
        device: 'handheld-7',
      },
    ]);
  });

  it('refuses more than remains (409) and nothing at all remaining (409)', async () => {
    seedOrders(st.ctx.db, [orders[0]!]);
    await expect(picking.notInStock('HAY-1', 3, actor)).rejects.toMatchObject({
      status: 409,
      code: 'over_short',
    });
    await picking.pick('HAY-1', 2, actor);
    await expect(picking.notInStock('HAY-1', undefined, actor)).rejects.toMatchObject({
      status: 409,
      code: 'nothing_remaining',
    });
  });

  it('flags the SKU for a cycle count when the ledger says units are on hand', async () => {
    seedOrders(st.ctx.db, orders);
    expect((await picking.notInStock('HAY-1', 1, actor)).needs_count).toBe(false);
    st.ctx.db.$client
      .prepare(
        "insert into stock_movements (product_id, type, quantity_change, quantity_before, quantity_after) values (1, 'RECEIVE', 4, 0, 4)",
      )
      .run();
    expect((await picking.notInStock('HAY-1', 1, actor)).needs_count).toBe(true);
    expect(
      st.ctx.db.$client.prepare('select needs_count from products where sku = ?').get('HAY-1'),
    ).toEqual({ needs_count: 1 });
  });
});

describe('readiness', () => {
  it('re-evaluates after pick, short, undo; fully short orders are ready too', async () => {
    const ids = seedOrders(st.ctx.db, [
      { ext: '1', createdAt: '2026-11-19T10:00:00Z', lines: { 'HAY-1': 1, 'BED-1': 1 } },
      { ext: '2', createdAt: '2026-11-19T11:00:00Z', lines: { 'TOY-1': 2 } },
    ]);
    const status = (ext: string) =>
      (
        st.ctx.db.$client.prepare('select status from orders where id = ?').get(ids.get(ext)) as {
          status: string;
        }
      ).status;

    expect((await picking.pick('HAY-1', 1, actor)).ready_orders).toEqual([]);
    expect(status('1')).toBe('open');
    const last = await picking.pick('BED-1', 1, actor);
    expect(last.ready_orders).toEqual([ids.get('1')]);
    expect(status('1')).toBe('ready_to_pack');
    expect(events.filter((e) => e.type === 'order_ready').map((e) => e.data)).toEqual([
      { order_id: ids.get('1') },
    ]);

    expect((await picking.undo(last.event_id, actor)).reopened_orders).toEqual([ids.get('1')]);
    expect(status('1')).toBe('open');

    expect((await picking.notInStock('TOY-1', undefined, actor)).ready_orders).toEqual([
      ids.get('2'),
    ]);
    expect(status('2')).toBe('ready_to_pack');
  });
});

describe('undo', () => {
  it('restores the exact prior state of every line, even after later picks', async () => {
    seedOrders(st.ctx.db, [
      { ext: '1', createdAt: '2026-11-19T10:00:00Z', lines: { 'HAY-1': 2 } },
      { ext: '2', createdAt: '2026-11-19T11:00:00Z', lines: { 'HAY-1': 3 } },
    ]);
    const before = lineStates(st.ctx.db);
    const first = await picking.pick('HAY-1', 3, actor);
    const afterFirst = lineStates(st.ctx.db);
    const second = await picking.pick('HAY-1', 1, actor);
    await picking.undo(second.event_id, actor);
    expect(lineStates(st.ctx.db)).toEqual(afterFirst);
    await picking.undo(first.event_id, actor);
    expect(lineStates(st.ctx.db)).toEqual(before);
  });

  it('refuses a second undo, an unknown pick, and a pick whose order is already packed', async () => {
    const ids = seedOrders(st.ctx.db, [
      { ext: '1', createdAt: '2026-11-19T10:00:00Z', lines: { 'HAY-1': 2 } },
    ]);
    const a = await picking.pick('HAY-1', 1, actor);
    await picking.undo(a.event_id, actor);
    await expect(picking.undo(a.event_id, actor)).rejects.toMatchObject({
      status: 409,
      code: 'already_undone',
    });
    await expect(picking.undo(999, actor)).rejects.toMatchObject({ status: 404 });
    const b = await picking.pick('HAY-1', 2, actor);
    st.ctx.db.$client.prepare("update orders set status = 'packed' where id = ?").run(ids.get('1'));
    await expect(picking.undo(b.event_id, actor)).rejects.toMatchObject({
      status: 409,
      code: 'already_packed',
    });
  });
});

describe('idempotency', () => {
  it('the same request_id applies once and answers the first answer; events are published once', async () => {
    seedOrders(st.ctx.db, [{ ext: '1', createdAt: '2026-11-19T10:00:00Z', lines: { 'HAY-1': 5 } }]);
    const first = await picking.pick('HAY-1', 2, actor, 'req-1');
    const again = await picking.pick('HAY-1', 2, actor, 'req-1');
    expect(again).toEqual(first);
    expect(lineStates(st.ctx.db)[0]!.picked).toBe(2);
    expect(events.filter((e) => e.type === 'pick')).toHaveLength(1);
    const short = await picking.notInStock('HAY-1', 1, actor, 'req-1');
    expect(await picking.notInStock('HAY-1', 1, actor, 'req-1')).toEqual(short);
    expect(lineStates(st.ctx.db)[0]!.short).toBe(1);
  });
});
