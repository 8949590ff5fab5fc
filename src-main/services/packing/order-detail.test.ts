import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedOrders } from '../../testing/fixtures';
import { testStation, type TestStation } from '../../testing/test-station';
import { PickingService, type Actor } from '../picking/picking-service';
import { orderDetail, orderIdByNumber } from './order-detail';
import { readyToPack } from '../../store/order-summaries';
import { seedReadyOrders } from '../../testing/packing-fixtures';

let st: TestStation;
beforeEach(async () => {
  st = await testStation();
});
afterEach(() => st.close());

describe('order detail', () => {
  it('shows lines with bins and barcodes, and a history newest first with who picked what', async () => {
    const picker = await st.userWithRole('picker');
    const anna: Actor = { userId: picker.id, username: picker.username, device: 'handheld-2' };
    const id = seedOrders(st.ctx.db, [
      { ext: '1', createdAt: '2026-11-19T10:00:00Z', lines: { 'HAY-1': 3, 'BED-1': 1 } },
    ]).get('1')!;
    const picking = new PickingService(st.ctx.writes, st.ctx.bus);
    const undone = await picking.pick('HAY-1', 1, anna);
    await picking.undo(undone.event_id, { ...anna, userId: 1, username: 'admin' });
    await picking.pick('BC-HAY-1', 2, anna);
    await picking.notInStock('HAY-1', 1, anna);
    await picking.notInStock('BED-1', 1, anna);

    const order = orderDetail(st.ctx.db, id);
    expect(order).toMatchObject({
      id,
      number: 'CC-1',
      external_order_id: '1',
      status: 'ready_to_pack',
      shipping_address: null,
      pack_verified: null,
      shipments: [],
    });
    expect(order.items[0]).toEqual({
      id: expect.any(Number),
      sku: 'HAY-1',
      title: 'Product HAY-1',
      barcode: 'BC-HAY-1',
      bin_location: 'A-5',
      qty_ordered: 3,
      qty_picked: 2,
      qty_short: 1,
      qty_packed: 0,
      qty_verified: 0,
      qty_return_to_shelf: 0,
    });
    const times = order.events.map((e) => e.at);
    expect(times).toEqual([...times].sort().reverse());
    const picks = order.events.filter((e) => e.type === 'picked');
    expect(picks.map((e) => [e.by, e.detail])).toEqual([
      [
        picker.username,
        expect.objectContaining({ sku: 'HAY-1', qty: 2, device: 'handheld-2', undone: false }),
      ],
      [
        picker.username,
        expect.objectContaining({ sku: 'HAY-1', qty: 1, undone: true, undone_by: 'admin' }),
      ],
    ]);
    expect(order.events.filter((e) => e.type === 'short').map((e) => [e.by, e.detail])).toEqual(
      expect.arrayContaining([
        [picker.username, expect.objectContaining({ sku: 'HAY-1', qty: 1 })],
        [picker.username, expect.objectContaining({ sku: 'BED-1', qty: 1 })],
      ]),
    );
  });

  it('names the handheld of each pick and short, and the picker, in words a person reads', async () => {
    const picker = await st.userWithRole('picker');
    const phone: Actor = {
      userId: picker.id,
      username: picker.username,
      device: 'handheld-9c41d2e0-5b6a-4f1e-9d3c-0a1b2c3d4e5f',
    };
    const browser: Actor = {
      ...phone,
      device: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) Chrome/126.0 Mobile Safari/537.36',
    };
    const id = seedOrders(st.ctx.db, [
      { ext: '1', createdAt: '2026-11-19T10:00:00Z', lines: { 'HAY-1': 2, 'BED-1': 1 } },
    ]).get('1')!;
    const picking = new PickingService(st.ctx.writes, st.ctx.bus);
    await picking.pick('HAY-1', 2, phone);
    await picking.notInStock('BED-1', 1, browser);

    const events = orderDetail(st.ctx.db, id).events;
    expect(events.find((e) => e.type === 'picked')).toMatchObject({
      by: picker.username,
      detail: { device_label: 'Handheld 9C41' },
    });
    expect(events.find((e) => e.type === 'short')).toMatchObject({
      by: picker.username,
      detail: { device_label: 'Chrome on Android' },
    });
  });

  it('says fully short by the same rule as the ready-to-pack list, never for an order being picked', async () => {
    const ids = seedOrders(st.ctx.db, [
      { ext: '1', createdAt: '2026-11-19T10:00:00Z', lines: { 'HAY-1': 2, 'BED-1': 3 } },
      { ext: '2', createdAt: '2026-11-19T11:00:00Z', lines: { TOY_1: 1 } },
    ]);
    const picking = new PickingService(st.ctx.writes, st.ctx.bus);
    const admin: Actor = { userId: 1, username: 'admin', device: 'handheld-1' };
    // Nothing picked and nothing short: still being picked, not short.
    expect(orderDetail(st.ctx.db, ids.get('1')!)).toMatchObject({
      status: 'open',
      fully_short: false,
    });
    await picking.pick('HAY-1', 2, admin);
    expect(orderDetail(st.ctx.db, ids.get('1')!)).toMatchObject({
      status: 'open',
      fully_short: false,
    });
    await picking.notInStock('TOY_1', 1, admin);
    const listed = readyToPack(st.ctx.db).find((o) => o.id === ids.get('2'));
    expect(listed?.fully_short).toBe(true);
    expect(orderDetail(st.ctx.db, ids.get('2')!)).toMatchObject({
      status: 'ready_to_pack',
      fully_short: true,
    });
  });

  it('is 404 for an unknown order', () => {
    expect(() => orderDetail(st.ctx.db, 42)).toThrow(
      expect.objectContaining({ status: 404, code: 'order_not_found' }),
    );
  });
});

describe('order by number', () => {
  it('finds the slip, and asks which order is meant when two share its number', async () => {
    const ids = await seedReadyOrders(st, [
      { ext: '5', createdAt: '2026-11-19T10:00:00Z', lines: { 'HAY-1': 1 }, channel: 'direct' },
    ]);
    expect(orderIdByNumber(st.ctx.db, 'CC-5')).toEqual({ id: ids.get('5') });
    const shipped = st.ctx.db.$client
      .prepare(
        "insert into orders (channel, external_order_id, number, status, created_at) values ('storefront', 'x', 'CC-5', 'shipped', '2026-11-20T10:00:00.000Z') returning id",
      )
      .pluck()
      .get() as number;
    expect(() => orderIdByNumber(st.ctx.db, 'CC-5')).toThrow(
      expect.objectContaining({
        status: 409,
        code: 'ambiguous_number',
        details: expect.objectContaining({ order_ids: [ids.get('5'), shipped] }),
      }),
    );
    expect(() => orderIdByNumber(st.ctx.db, 'CC-404')).toThrow(
      expect.objectContaining({ status: 404, code: 'order_not_found' }),
    );
  });
});
