import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedOrders } from '../../testing/fixtures';
import { testStation, type TestStation } from '../../testing/test-station';
import type { StationEvent } from '../../contract/events';
import { orderDetail } from './order-detail';
import { pendingShipment, readyToPack } from '../../store/order-summaries';
import { PickingService } from '../picking/picking-service';
import { seedReadyOrders, testPicker } from '../../testing/packing-fixtures';
import { PackingService, type Packer } from './packing-service';

let st: TestStation;
let packing: PackingService;
let events: StationEvent[];
let packer: Packer;

beforeEach(async () => {
  st = await testStation();
  packing = new PackingService(st.ctx.db, st.ctx.writes, st.ctx.bus);
  packer = await st.userWithRole('packer');
  events = [];
  st.ctx.bus.subscribe((e) => events.push(e));
});
afterEach(() => st.close());

const T = '2026-11-19T10:00:00Z';
const row = (sql: string, ...params: unknown[]) => st.ctx.db.$client.prepare(sql).get(...params);
const rows = (sql: string, ...params: unknown[]) => st.ctx.db.$client.prepare(sql).all(...params);

/** One ready order: 2 × HAY-1 and 1 × BED-1 picked. */
async function readyOrder(): Promise<number> {
  const ids = await seedReadyOrders(st, [
    { ext: '10482', createdAt: T, lines: { 'HAY-1': 2, 'BED-1': 1 } },
  ]);
  return ids.get('10482')!;
}

async function scanAll(id: number) {
  for (const code of ['HAY-1', 'BC-HAY-1', 'BED-1']) await packing.verifyScan(id, code);
}

describe('scan to verify', () => {
  it('counts a scan of the barcode and of the SKU alike, and says when every line is scanned', async () => {
    const id = await readyOrder();
    expect(await packing.verifyScan(id, 'BC-HAY-1')).toMatchObject({
      order_id: id,
      sku: 'HAY-1',
      qty_verified: 1,
      qty_to_pack: 2,
      complete: false,
    });
    expect(await packing.verifyScan(id, 'HAY-1')).toMatchObject({
      qty_verified: 2,
      complete: false,
    });
    expect(await packing.verifyScan(id, 'BED-1')).toMatchObject({
      sku: 'BED-1',
      qty_verified: 1,
      qty_to_pack: 1,
      complete: true,
    });
    expect(
      rows('select sku, qty_verified from order_items where order_id = ? order by sku', id),
    ).toEqual([
      { sku: 'BED-1', qty_verified: 1 },
      { sku: 'HAY-1', qty_verified: 2 },
    ]);
  });

  it('reads scans as every scan is read: a UPC-A without its leading zero, a SKU in lower case', async () => {
    const id = await readyOrder();
    st.ctx.db.$client
      .prepare("update products set barcode = '0860001234562' where sku = 'HAY-1'")
      .run();
    expect(await packing.verifyScan(id, '860001234562')).toMatchObject({
      sku: 'HAY-1',
      qty_verified: 1,
    });
    expect(await packing.verifyScan(id, ' hay-1 ')).toMatchObject({
      sku: 'HAY-1',
      qty_verified: 2,
    });
  });

  it('a product of another order, or a code nobody knows, is a loud WRONG ITEM and counts nothing', async () => {
    const id = await readyOrder();
    seedOrders(st.ctx.db, [{ ext: '9', createdAt: T, lines: { 'TOY-1': 1 } }]);
    await expect(packing.verifyScan(id, 'BC-TOY-1')).rejects.toMatchObject({
      status: 409,
      code: 'not_in_order',
      message: 'WRONG ITEM: BC-TOY-1 (TOY-1, Product TOY-1) is not in order CC-10482.',
      details: { code: 'BC-TOY-1', sku: 'TOY-1', order_number: 'CC-10482' },
    });
    await expect(packing.verifyScan(id, '0860000000001')).rejects.toMatchObject({
      status: 409,
      code: 'not_in_order',
      message: expect.stringMatching(
        /^WRONG ITEM: 0860000000001 is not a product the station knows/,
      ),
      details: { sku: null },
    });
    expect(row('select sum(qty_verified) as n from order_items')).toEqual({ n: 0 });
  });

  it('a line the storefront dropped is no longer in the order', async () => {
    const id = await readyOrder();
    // What a re-import does when a line leaves the feed: quantity 0, picked units back to the shelf.
    st.ctx.db.$client
      .prepare(
        `update order_items set qty_ordered = 0, qty_return_to_shelf = qty_picked, qty_picked = 0
          where order_id = ? and sku = 'BED-1'`,
      )
      .run(id);
    await expect(packing.verifyScan(id, 'BED-1')).rejects.toMatchObject({
      code: 'not_in_order',
    });
  });

  it('one scan too many is 409 already_verified, and the count stays at what is in the tote', async () => {
    const id = await readyOrder();
    await packing.verifyScan(id, 'HAY-1');
    await packing.verifyScan(id, 'HAY-1');
    await expect(packing.verifyScan(id, 'BC-HAY-1')).rejects.toMatchObject({
      status: 409,
      code: 'already_verified',
      message: 'All 2 of HAY-1 are already scanned for order CC-10482. This one is extra.',
    });
    expect(row("select qty_verified from order_items where sku = 'HAY-1'")).toEqual({
      qty_verified: 2,
    });
  });

  it('counts several units at once, typed by hand, and records who counted them', async () => {
    const id = await readyOrder();
    expect(await packing.verifyScan(id, 'hay-1', { qty: 2, byHand: packer })).toMatchObject({
      sku: 'HAY-1',
      qty_verified: 2,
      qty_to_pack: 2,
      complete: false,
    });
    const history = orderDetail(st.ctx.db, id).events.filter((e) => e.type === 'verified_by_hand');
    expect(history).toEqual([
      {
        type: 'verified_by_hand',
        at: expect.any(String),
        by: packer.username,
        detail: { sku: 'HAY-1', code: 'hay-1', qty: 2 },
      },
    ]);
    // A gun's scan is not "by hand": nothing more in the history.
    await packing.verifyScan(id, 'BED-1');
    expect(
      orderDetail(st.ctx.db, id).events.filter((e) => e.type === 'verified_by_hand'),
    ).toHaveLength(1);
  });

  it('refuses more units than are left to scan, and counts none of them', async () => {
    const id = await readyOrder();
    await packing.verifyScan(id, 'HAY-1');
    await expect(packing.verifyScan(id, 'HAY-1', { qty: 2, byHand: packer })).rejects.toMatchObject(
      {
        status: 409,
        code: 'already_verified',
        message: 'Only 1 more of HAY-1 goes in order CC-10482 (1 of 2 scanned), not 2.',
      },
    );
    expect(row("select qty_verified from order_items where sku = 'HAY-1'")).toEqual({
      qty_verified: 1,
    });
    expect(row("select count(*) as n from order_events where type = 'verified_by_hand'")).toEqual({
      n: 0,
    });
  });

  it('short units are not packed: only the picked ones are to scan', async () => {
    const ids = await seedReadyOrders(st, [{ ext: '1', createdAt: T, lines: { 'HAY-1': 3 } }], {
      short: { 'HAY-1': 1 },
    });
    const id = ids.get('1')!;
    expect((await packing.verifyScan(id, 'HAY-1')).qty_to_pack).toBe(2);
    expect((await packing.verifyScan(id, 'HAY-1')).complete).toBe(true);
    await expect(packing.verifyScan(id, 'HAY-1')).rejects.toMatchObject({
      code: 'already_verified',
    });
  });

  it('needs an order that is ready to pack (409) and that exists (404)', async () => {
    const ids = seedOrders(st.ctx.db, [{ ext: '1', createdAt: T, lines: { 'HAY-1': 1 } }]);
    await expect(packing.verifyScan(ids.get('1')!, 'HAY-1')).rejects.toMatchObject({
      status: 409,
      code: 'not_ready_to_pack',
      message: "Order CC-1 is still being picked, so it can't be scanned for packing.",
      details: { status: 'open' },
    });
    await expect(packing.verifyScan(999, 'HAY-1')).rejects.toMatchObject({
      status: 404,
      code: 'order_not_found',
    });
  });

  it('reset starts the scanning over', async () => {
    const id = await readyOrder();
    await scanAll(id);
    expect(await packing.resetVerification(id)).toEqual({ id, complete: false });
    expect(row('select sum(qty_verified) as n from order_items')).toEqual({ n: 0 });
  });
});

describe('mark packed', () => {
  it('is refused until every unit is scanned, saying which are missing', async () => {
    const id = await readyOrder();
    await packing.verifyScan(id, 'HAY-1');
    await expect(packing.markPacked(id, false, packer)).rejects.toMatchObject({
      status: 409,
      code: 'not_verified',
      message: 'Scan every item of order CC-10482 first: 1 × HAY-1, 1 × BED-1 not scanned yet.',
      details: {
        unverified: [
          { sku: 'HAY-1', qty: 1 },
          { sku: 'BED-1', qty: 1 },
        ],
      },
    });
    expect(row('select status from orders where id = ?', id)).toEqual({ status: 'ready_to_pack' });
  });

  it('packs what was picked, records who and when, moves the order from one queue to the next', async () => {
    const id = await readyOrder();
    expect(readyToPack(st.ctx.db).map((o) => o.id)).toEqual([id]);
    await scanAll(id);
    const answer = await packing.markPacked(id, false, packer);
    expect(answer).toMatchObject({ id, status: 'packed', pack_verified: true });
    const order = orderDetail(st.ctx.db, id);
    expect(order).toMatchObject({
      status: 'packed',
      packed_by: packer.username,
      packed_at: answer.packed_at,
      pack_verified: true,
    });
    expect(order.items.map((i) => [i.sku, i.qty_packed])).toEqual([
      ['HAY-1', 2],
      ['BED-1', 1],
    ]);
    expect(order.events[0]).toMatchObject({
      type: 'packed',
      by: packer.username,
      detail: { units: 3, verified: true },
    });
    expect(readyToPack(st.ctx.db)).toEqual([]);
    expect(pendingShipment(st.ctx.db).map((o) => o.id)).toEqual([id]);
    expect(events.filter((e) => e.type === 'order_packed').map((e) => e.data)).toEqual([
      { order_id: id, pack_verified: true, by: packer.username },
    ]);
  });

  it('packing without scanning is allowed, and recorded with who and what was not scanned', async () => {
    const id = await readyOrder();
    await packing.verifyScan(id, 'BED-1');
    expect(await packing.markPacked(id, true, packer)).toMatchObject({ pack_verified: false });
    const order = orderDetail(st.ctx.db, id);
    expect(order.pack_verified).toBe(false);
    expect(order.events.filter((e) => e.type.startsWith('packed'))).toEqual([
      expect.objectContaining({
        type: 'packed',
        by: packer.username,
        detail: { units: 3, verified: false },
      }),
      expect.objectContaining({
        type: 'packed_without_scanning',
        by: packer.username,
        detail: { unverified: [{ sku: 'HAY-1', qty: 2 }] },
      }),
    ]);
  });

  it('skipping when everything was scanned anyway is an ordinary verified pack', async () => {
    const id = await readyOrder();
    await scanAll(id);
    expect(await packing.markPacked(id, true, packer)).toMatchObject({ pack_verified: true });
    expect(
      row("select count(*) as n from order_events where type = 'packed_without_scanning'"),
    ).toEqual({ n: 0 });
  });

  it('only a ready order: not an open one, not one packed already', async () => {
    const ids = seedOrders(st.ctx.db, [{ ext: '1', createdAt: T, lines: { 'HAY-1': 1 } }]);
    await expect(packing.markPacked(ids.get('1')!, true, packer)).rejects.toMatchObject({
      status: 409,
      code: 'not_ready_to_pack',
    });
    const id = await readyOrder();
    await packing.markPacked(id, true, packer);
    await expect(packing.markPacked(id, true, packer)).rejects.toMatchObject({
      status: 409,
      code: 'not_ready_to_pack',
      message: "Order CC-10482 is already packed, so it can't be marked packed.",
    });
  });

  it('the same request_id twice gives the first answer and packs once', async () => {
    const id = await readyOrder();
    const first = await packing.markPacked(id, true, packer, 'pack-1');
    expect(await packing.markPacked(id, true, packer, 'pack-1')).toEqual(first);
    expect(row("select count(*) as n from order_events where type = 'packed'")).toEqual({ n: 1 });
    expect(events.filter((e) => e.type === 'order_packed')).toHaveLength(1);
  });
});

describe('scans and picks taken back', () => {
  it('an undone pick takes its scans with it, so the units picked again are scanned again', async () => {
    const ids = seedOrders(st.ctx.db, [{ ext: '1', createdAt: T, lines: { 'HAY-1': 2 } }]);
    const id = ids.get('1')!;
    const picking = new PickingService(st.ctx.writes, st.ctx.bus);
    const first = await picking.pick('HAY-1', 2, testPicker);
    await packing.verifyScan(id, 'HAY-1');
    await packing.verifyScan(id, 'HAY-1');
    await picking.undo(first.event_id, testPicker);
    const line = () => orderDetail(st.ctx.db, id).items[0]!;
    expect(line()).toMatchObject({ qty_picked: 0, qty_verified: 0 });
    await picking.pick('HAY-1', 2, testPicker);
    expect(line()).toMatchObject({ qty_picked: 2, qty_verified: 0 });
    await expect(packing.markPacked(id, false, packer)).rejects.toMatchObject({
      code: 'not_verified',
    });
    await packing.verifyScan(id, 'HAY-1');
    expect(await packing.verifyScan(id, 'HAY-1')).toMatchObject({
      qty_verified: 2,
      complete: true,
    });
  });
});

describe('a fully short order', () => {
  it('waits in the queue flagged fully_short, is complete with nothing to scan, closes out, and leaves the desk unshipped', async () => {
    const ids = await seedReadyOrders(
      st,
      [
        { ext: '1', createdAt: T, lines: { 'HAY-1': 1 } },
        { ext: '2', createdAt: '2026-11-19T11:00:00Z', lines: { 'HAY-1': 2, 'BED-1': 1 } },
      ],
      { short: { 'HAY-1': 2, 'BED-1': 1 } },
    );
    const id = ids.get('2')!;
    expect(readyToPack(st.ctx.db).map((o) => [o.number, o.fully_short, o.units_picked])).toEqual([
      ['CC-1', false, 1],
      ['CC-2', true, 0],
    ]);
    expect(await packing.resetVerification(id)).toEqual({ id, complete: true });
    await expect(packing.verifyScan(id, 'HAY-1')).rejects.toMatchObject({
      code: 'already_verified',
      message: 'None of HAY-1 goes in order CC-2: it was marked short.',
    });
    expect(await packing.markPacked(id, false, packer)).toMatchObject({ pack_verified: true });
    await expect(
      packing.ship(id, { carrier: 'USPS', tracking_number: '9400' }, packer),
    ).rejects.toMatchObject({ status: 409, code: 'nothing_to_ship' });
    expect(readyToPack(st.ctx.db).map((o) => o.number)).toEqual(['CC-1']);
    await packing.markPacked(ids.get('1')!, true, packer);
    expect(pendingShipment(st.ctx.db).map((o) => o.number)).toEqual(['CC-1']);
  });
});

describe('ship', () => {
  const label = { carrier: 'USPS', tracking_number: '9400100000000000000000' };

  async function packedOrder(channel: 'storefront' | 'amazon_fbm' = 'storefront') {
    const ids = await seedReadyOrders(st, [
      { ext: '10482', createdAt: T, lines: { 'HAY-1': 2, 'BED-1': 1 }, channel },
    ]);
    const id = ids.get('10482')!;
    await packing.markPacked(id, true, packer);
    return id;
  }

  it('writes one SHIP movement per packed SKU with before and after, and the shipment', async () => {
    const id = await packedOrder();
    st.ctx.db.$client
      .prepare(
        `insert into stock_movements (product_id, type, quantity_change, quantity_before, quantity_after)
         select id, 'RECEIVE', 10, 0, 10 from products where sku = 'HAY-1'`,
      )
      .run();
    const shipment = await packing.ship(
      id,
      { ...label, weight_oz: 40, shipping_cost_cents: 895 },
      packer,
    );
    expect(shipment).toEqual({
      id: expect.any(Number),
      order_id: id,
      carrier: 'USPS',
      tracking_number: label.tracking_number,
      carrier_detected: 'USPS',
      weight_oz: 40,
      shipping_cost: 8.95,
      shipped_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/),
      shipped_by: packer.username,
      channel_sync_status: 'skipped',
      channel_sync_error: null,
      voided_at: null,
      channel_update: 'not_needed',
    });
    expect(
      rows(
        `select p.sku, m.type, m.quantity_change, m.quantity_before, m.quantity_after, m.reference_type,
                m.reference_id, m.user_id
           from stock_movements m join products p on p.id = m.product_id
          where m.type = 'SHIP' order by m.id`,
      ),
    ).toEqual([
      {
        sku: 'HAY-1',
        type: 'SHIP',
        quantity_change: -2,
        quantity_before: 10,
        quantity_after: 8,
        reference_type: 'order',
        reference_id: id,
        user_id: packer.id,
      },
      {
        sku: 'BED-1',
        type: 'SHIP',
        quantity_change: -1,
        quantity_before: 0,
        quantity_after: -1,
        reference_type: 'order',
        reference_id: id,
        user_id: packer.id,
      },
    ]);
    const order = orderDetail(st.ctx.db, id);
    expect(order).toMatchObject({ status: 'shipped', shipped_at: shipment.shipped_at });
    expect(order.shipments).toEqual([
      Object.fromEntries(Object.entries(shipment).filter(([k]) => k !== 'channel_update')),
    ]);
    expect(order.events[0]).toMatchObject({
      type: 'shipped',
      by: packer.username,
      detail: { shipment_id: shipment.id, carrier: 'USPS', tracking_number: label.tracking_number },
    });
    expect(pendingShipment(st.ctx.db)).toEqual([]);
  });

  it('queues the confirmation for Amazon FBM orders; the storefront is not told', async () => {
    const amazon = await packedOrder('amazon_fbm');
    expect(await packing.ship(amazon, label, packer)).toMatchObject({
      channel_sync_status: 'pending',
      channel_update: 'queued',
    });
  });

  it('only a packed order ships: not a ready one, not a shipped or cancelled one', async () => {
    const ids = await seedReadyOrders(st, [{ ext: '1', createdAt: T, lines: { 'HAY-1': 1 } }]);
    await expect(packing.ship(ids.get('1')!, label, packer)).rejects.toMatchObject({
      status: 409,
      code: 'not_packed',
      message: "Order CC-1 is not packed yet, so it can't be shipped.",
    });
    const cancelled = seedOrders(st.ctx.db, [
      { ext: '2', createdAt: T, lines: { 'HAY-1': 1 }, status: 'cancelled' },
    ]).get('2')!;
    await expect(packing.ship(cancelled, label, packer)).rejects.toMatchObject({
      status: 409,
      code: 'not_packed',
      details: { status: 'cancelled' },
    });
    const id = await packedOrder();
    await packing.ship(id, label, packer);
    await expect(packing.ship(id, label, packer)).rejects.toMatchObject({
      code: 'not_packed',
      details: { status: 'shipped' },
    });
    await expect(packing.ship(999, label, packer)).rejects.toMatchObject({ status: 404 });
    expect(row('select count(*) as n from shipments')).toEqual({ n: 1 });
  });

  it('the same request_id twice gives the same shipment and ships once', async () => {
    const id = await packedOrder();
    const first = await packing.ship(id, label, packer, 'ship-1');
    expect(await packing.ship(id, label, packer, 'ship-1')).toEqual(first);
    expect(row('select count(*) as n from shipments')).toEqual({ n: 1 });
    expect(row("select count(*) as n from stock_movements where type = 'SHIP'")).toEqual({ n: 2 });
    // Open screens hear of it once, so every desk's lists drop the order.
    expect(events.filter((e) => e.type === 'order_shipped').map((e) => e.data)).toEqual([
      {
        order_id: id,
        carrier: 'USPS',
        tracking_number: label.tracking_number,
        by: packer.username,
      },
    ]);
  });
});
