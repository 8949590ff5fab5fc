import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StationEvent } from '../../contract/events';
import { lineStates, seedOrders } from '../../testing/fixtures';
import { testStation, type TestStation } from '../../testing/test-station';

let st: TestStation;
let picker: string;
let packer: string;

beforeAll(async () => {
  st = await testStation();
  // seedOrders gives HAY-1 the barcode BC-HAY-1, the bin A-5 and order numbers CC-<ext>.
  seedOrders(st.ctx.db, [
    { ext: '1', createdAt: '2026-11-19T10:00:00Z', lines: { 'HAY-1': 2 } },
    { ext: '2', createdAt: '2026-11-19T11:00:00Z', lines: { 'HAY-1': 1 } },
  ]);
  picker = (await st.userWithRole('picker')).access;
  packer = (await st.userWithRole('packer')).access;
});
afterAll(() => st.close());

const scan = (token: string, body: object) =>
  st.request('POST', '/api/scan', { token, body, headers: { 'x-station-device': 'gun-7' } });

describe('POST /api/scan', () => {
  it('looks a code up for pickers and packers alike', async () => {
    for (const token of [picker, packer, st.admin.access]) {
      const res = await scan(token, { code: 'CC-1', action: 'lookup' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        kind: 'order',
        order: { number: 'CC-1', status: 'open' },
      });
    }
    expect((await scan(picker, { code: ' BC-HAY-1 ', action: 'lookup' })).json()).toMatchObject({
      kind: 'product',
      match: 'barcode',
      product: { sku: 'HAY-1', barcode: 'BC-HAY-1', bin_location: 'A-5' },
    });
    expect((await scan(picker, { code: 'A-5', action: 'lookup' })).json()).toMatchObject({
      kind: 'bin',
      bin: 'A-5',
      products: [{ sku: 'HAY-1' }],
    });
    expect((await scan(picker, { code: 'NOPE', action: 'lookup' })).json()).toEqual({
      kind: 'unknown',
      code: 'NOPE',
    });
  });

  it('picks the scanned product, one unit by default, oldest orders first, as /api/pick does', async () => {
    const events: StationEvent[] = [];
    const unsubscribe = st.ctx.bus.subscribe((e) => events.push(e));
    const res = await scan(picker, { code: 'BC-HAY-1', action: 'pick' });
    unsubscribe();
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      kind: 'product',
      product: { sku: 'HAY-1' },
      pick: { sku: 'HAY-1', qty: 1, allocations: [{ order_number: 'CC-1', qty: 1 }] },
    });
    expect(events.map((e) => e.type)).toEqual(['pick']);
    const device = st.ctx.db.$client
      .prepare('select device from pick_events where id = ?')
      .get(res.json().pick.event_id) as { device: string };
    expect(device.device).toBe('gun-7');

    const two = await scan(picker, { code: 'hay-1', action: 'pick', quantity: 2 });
    expect(two.json().pick.allocations).toEqual([
      expect.objectContaining({ order_number: 'CC-1', qty: 1 }),
      expect.objectContaining({ order_number: 'CC-2', qty: 1 }),
    ]);
    expect(lineStates(st.ctx.db).map((l) => l.picked)).toEqual([2, 1]);
  });

  it('passes a refused pick through (409), and repeats an answered request_id', async () => {
    const over = await scan(picker, { code: 'HAY-1', action: 'pick' });
    expect(over.statusCode).toBe(409);
    expect(over.json().error.code).toBe('over_pick');
    // A retried request is answered from its first run, not refused as a new pick.
    seedOrders(st.ctx.db, [{ ext: '3', createdAt: '2026-11-19T12:00:00Z', lines: { 'HAY-1': 1 } }]);
    const body = { code: 'HAY-1', action: 'pick', request_id: 'r-1' };
    const first = await scan(picker, body);
    const again = await scan(picker, body);
    expect(again.statusCode).toBe(200);
    expect(again.json().pick.event_id).toBe(first.json().pick.event_id);
  });

  it('a pick looks for products only: an order or a bin is a 404, a barcode like an order number picks', async () => {
    for (const code of ['CC-1', 'A-5', 'NOPE']) {
      const res = await scan(picker, { code, action: 'pick' });
      expect(res.statusCode, code).toBe(404);
      expect(res.json().error).toMatchObject({ code: 'unknown_product', details: { code } });
    }
    // A barcode that is also an order number: a lookup opens the order, a pick picks the product.
    st.ctx.db.$client
      .prepare("insert into products (sku, title, barcode) values ('TREAT-1', 'Treat', 'CC-1')")
      .run();
    seedOrders(st.ctx.db, [
      { ext: '9', createdAt: '2026-11-19T13:00:00Z', lines: { 'TREAT-1': 1 } },
    ]);
    expect((await scan(picker, { code: 'CC-1', action: 'lookup' })).json().kind).toBe('order');
    const pick = await scan(picker, { code: 'CC-1', action: 'pick' });
    expect(pick.statusCode).toBe(200);
    expect(pick.json()).toMatchObject({ match: 'barcode', pick: { sku: 'TREAT-1', qty: 1 } });
  });

  it('answers bad input with 400 naming the field; receive and count are not offered yet', async () => {
    for (const action of ['receive', 'count', 'explode', undefined]) {
      const res = await scan(picker, { code: 'HAY-1', action });
      expect(res.statusCode, String(action)).toBe(400);
      expect(res.json().error.details.field).toBe('action');
    }
    const receive = await scan(picker, { code: 'HAY-1', action: 'receive' });
    expect(receive.json().error.message).toBe('"action" must be one of: lookup, pick, move.');
    for (const [body, field] of [
      [{ action: 'lookup' }, 'code'],
      [{ code: '   ', action: 'lookup' }, 'code'],
      [{ code: 'x'.repeat(129), action: 'lookup' }, 'code'],
      [{ code: 'HAY-1', action: 'pick', quantity: 0 }, 'quantity'],
      [{ code: 'HAY-1', action: 'pick', quantity: 1.5 }, 'quantity'],
    ] as const) {
      const res = await scan(picker, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.details.field).toBe(field);
    }
  });
});
