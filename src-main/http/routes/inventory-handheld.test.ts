import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StationEvent } from '../../contract/events';
import { recordMovement } from '../../services/inventory/ledger';
import { seedOrders } from '../../testing/fixtures';
import { testStation, type TestStation } from '../../testing/test-station';

let st: TestStation;
let picker: { access: string };

beforeEach(async () => {
  st = await testStation();
  picker = await st.userWithRole('picker');
  // seedOrders puts HAY-1 and BED-1 in bin A-5, HAY-22 in A-6.
  seedOrders(st.ctx.db, [
    { ext: '1', createdAt: '2026-11-19T10:00:00Z', lines: { 'HAY-1': 2, 'BED-1': 1, 'HAY-22': 1 } },
  ]);
});
afterEach(() => st.close());

const get = (url: string, as = picker.access) => st.request('GET', url, { token: as });
const post = (url: string, body: object, as = picker.access) =>
  st.request('POST', url, { token: as, body });
const idOf = (sku: string) =>
  (st.ctx.db.$client.prepare('select id from products where sku = ?').get(sku) as { id: number })
    .id;
const receive = (sku: string, quantityChange: number) =>
  st.ctx.writes.run((tx) =>
    recordMovement(tx, { productId: idOf(sku), type: 'RECEIVE', quantityChange, userId: 1 }),
  );
const binOf = async (sku: string) => {
  const { categories } = (await get('/api/picklist')).json() as {
    categories: { skus: { sku: string; bin_location: string | null }[] }[];
  };
  return categories.flatMap((c) => c.skus).find((s) => s.sku === sku)?.bin_location;
};
const lastMove = (sku: string) =>
  st.ctx.db.$client
    .prepare(
      `select type, quantity_change, quantity_before, quantity_after, from_bin, to_bin, note
         from stock_movements where product_id = ? order by id desc limit 1`,
    )
    .get(idOf(sku));

describe('POST /api/inventory/{sku}/move', () => {
  it('writes a MOVE that leaves on_hand alone and sends the pick list to the new bin', async () => {
    await receive('HAY-1', 7);
    const events: StationEvent[] = [];
    const off = st.ctx.bus.subscribe((e) => events.push(e));
    const res = await post('/api/inventory/HAY-1/move', { to_bin: 'B-2', quantity: 3 });
    off();
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ sku: 'HAY-1', from_bin: 'A-5', to_bin: 'B-2', quantity: 3 });
    expect(lastMove('HAY-1')).toEqual({
      type: 'MOVE',
      quantity_change: 0,
      quantity_before: 7,
      quantity_after: 7,
      from_bin: 'A-5',
      to_bin: 'B-2',
      note: '3 units moved',
    });
    expect(await binOf('HAY-1')).toBe('B-2');
    expect(events).toEqual([
      {
        type: 'bin_moved',
        data: {
          sku: 'HAY-1',
          from_bin: 'A-5',
          to_bin: 'B-2',
          by: expect.stringMatching(/^picker/),
        },
      },
    ]);
  });

  it('carries what is on hand when no quantity is given', async () => {
    await receive('HAY-1', 4);
    const res = await post('/api/inventory/HAY-1/move', { to_bin: ' C-1 ' });
    expect(res.json()).toMatchObject({ to_bin: 'C-1', quantity: 4 });
    expect(lastMove('HAY-1')).toMatchObject({ note: '4 units moved' });
  });

  it('refuses the bin it is in, an unknown SKU, bad input and packers', async () => {
    const same = await post('/api/inventory/HAY-1/move', { to_bin: 'A-5' });
    expect(same.statusCode).toBe(409);
    expect(same.json().error.code).toBe('same_bin');
    expect((await post('/api/inventory/NOPE/move', { to_bin: 'B-1' })).statusCode).toBe(404);
    expect((await post('/api/inventory/HAY-1/move', { to_bin: '' })).statusCode).toBe(400);
    expect(
      (await post('/api/inventory/HAY-1/move', { to_bin: 'B-1', quantity: 0 })).statusCode,
    ).toBe(400);
    const packer = await st.userWithRole('packer');
    expect(
      (await post('/api/inventory/HAY-1/move', { to_bin: 'B-1' }, packer.access)).statusCode,
    ).toBe(403);
    expect(await binOf('HAY-1')).toBe('A-5');
  });
});

describe('POST /api/scan with action move', () => {
  it('moves a scanned product, or everything in a scanned bin, to to_bin', async () => {
    await receive('HAY-1', 2);
    const product = await post('/api/scan', { code: 'BC-HAY-22', action: 'move', to_bin: 'D-1' });
    expect(product.statusCode).toBe(200);
    expect(product.json()).toMatchObject({
      kind: 'product',
      moves: [{ sku: 'HAY-22', from_bin: 'A-6', to_bin: 'D-1', quantity: 0 }],
    });

    const bin = await post('/api/scan', { code: 'a-5', action: 'move', to_bin: 'D-2' });
    expect(bin.statusCode).toBe(200);
    expect(bin.json()).toMatchObject({
      kind: 'bin',
      bin: 'A-5',
      moves: [
        { sku: 'BED-1', from_bin: 'A-5', to_bin: 'D-2' },
        { sku: 'HAY-1', from_bin: 'A-5', to_bin: 'D-2', quantity: 2 },
      ],
    });
    expect(await binOf('BED-1')).toBe('D-2');
    expect(await binOf('HAY-1')).toBe('D-2');
  });

  it('needs to_bin, names what it cannot find, and lets packers only look up', async () => {
    expect((await post('/api/scan', { code: 'BC-HAY-1', action: 'move' })).statusCode).toBe(400);
    const unknown = await post('/api/scan', { code: 'ZZZ', action: 'move', to_bin: 'B-1' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('unknown_code');
    const partOfBin = await post('/api/scan', {
      code: 'A-5',
      action: 'move',
      to_bin: 'B-1',
      quantity: 1,
    });
    expect(partOfBin.statusCode).toBe(400);
    const packer = await st.userWithRole('packer');
    const refused = await post(
      '/api/scan',
      { code: 'BC-HAY-1', action: 'move', to_bin: 'B-1' },
      packer.access,
    );
    expect(refused.statusCode).toBe(403);
    expect(await binOf('HAY-1')).toBe('A-5');
  });
});

describe('cycle counts on a handheld', () => {
  it('lets a picker count, and lists flagged SKUs first, then bin by bin', async () => {
    await receive('HAY-22', 3);
    const short = await post('/api/not-in-stock', { sku: 'HAY-22', qty: 1 });
    expect(short.json().needs_count).toBe(true);

    const list = await get('/api/inventory/to-count');
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((i: { sku: string }) => i.sku)).toEqual([
      'HAY-22',
      'BED-1',
      'HAY-1',
    ]);
    expect(list.json().items[0].needs_count).toBe(true);

    const counted = await post('/api/inventory/HAY-22/count', { counted: 1 });
    expect(counted.statusCode).toBe(200);
    expect(counted.json()).toMatchObject({ quantity_before: 3, quantity_after: 1, difference: -2 });
    const after = (await get('/api/inventory/to-count?q=hay')).json();
    expect(after.items.map((i: { sku: string }) => i.sku)).toEqual(['HAY-1', 'HAY-22']);
    expect(after.total).toBe(2);
  });

  it('keeps adjusting admin-only and the count list away from no one signed in', async () => {
    const adjust = await post('/api/inventory/HAY-1/adjust', {
      type: 'FOUND',
      quantity_change: 1,
    });
    expect(adjust.statusCode).toBe(403);
    expect((await st.request('GET', '/api/inventory/to-count')).statusCode).toBe(401);
  });
});
