import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedOrders } from '../../testing/fixtures';
import { testStation, type TestStation } from '../../testing/test-station';
import type { WriteTx } from '../../store/db';
import { netMovements, onHand, recordMovement, type MovementInput } from './ledger';

let st: TestStation;
let hay: number;
let bed: number;

beforeEach(async () => {
  st = await testStation();
  seedOrders(st.ctx.db, [
    { ext: '1', createdAt: '2026-11-19T10:00:00Z', lines: { 'HAY-1': 1, 'BED-1': 1 } },
  ]);
  const id = (sku: string) =>
    (st.ctx.db.$client.prepare('select id from products where sku = ?').get(sku) as { id: number })
      .id;
  hay = id('HAY-1');
  bed = id('BED-1');
});
afterEach(() => st.close());

/** Records inside a write, as every caller must. */
const record = (m: Omit<MovementInput, 'userId'>) =>
  st.ctx.writes.run((tx) => recordMovement(tx, { userId: 1, ...m }));

describe('stock ledger', () => {
  it('on hand is the sum of the movements of that SKU alone; none means zero', async () => {
    expect(onHand(st.ctx.db, hay)).toBe(0);
    await record({ productId: hay, type: 'RECEIVE', quantityChange: 10 });
    await record({ productId: bed, type: 'RECEIVE', quantityChange: 4 });
    await record({ productId: hay, type: 'SHIP', quantityChange: -3 });
    await record({ productId: hay, type: 'ADJUST', quantityChange: -1, reason: 'DAMAGE' });
    expect(onHand(st.ctx.db, hay)).toBe(6);
    expect(onHand(st.ctx.db, bed)).toBe(4);
  });

  it('writes quantity before and after, chained movement to movement, with who and why', async () => {
    expect(await record({ productId: hay, type: 'RECEIVE', quantityChange: 5 })).toMatchObject({
      quantity_before: 0,
      quantity_after: 5,
    });
    const ship = await record({
      productId: hay,
      type: 'SHIP',
      quantityChange: -7,
      referenceType: 'order',
      referenceId: 1,
      note: 'shipped before the delivery was received',
    });
    expect(ship).toMatchObject({ quantity_before: 5, quantity_after: -2 });
    expect(
      st.ctx.db.$client
        .prepare(
          'select type, quantity_change, quantity_before, quantity_after, reference_type, reference_id, user_id, note from stock_movements where id = ?',
        )
        .get(ship.id),
    ).toEqual({
      type: 'SHIP',
      quantity_change: -7,
      quantity_before: 5,
      quantity_after: -2,
      reference_type: 'order',
      reference_id: 1,
      user_id: 1,
      note: 'shipped before the delivery was received',
    });
  });

  it('a bin move changes where the units are, not how many', async () => {
    await record({ productId: hay, type: 'RECEIVE', quantityChange: 3 });
    const move = await record({
      productId: hay,
      type: 'MOVE',
      quantityChange: 0,
      fromBin: 'A-1',
      toBin: 'B-2',
    });
    expect(move).toMatchObject({ quantity_before: 3, quantity_after: 3 });
    expect(onHand(st.ctx.db, hay)).toBe(3);
  });

  it('refuses to run outside a write, a change against its type, a fraction, an ADJUST without a reason', async () => {
    expect(() =>
      recordMovement(st.ctx.db as WriteTx, {
        productId: hay,
        type: 'RECEIVE',
        quantityChange: 1,
        userId: 1,
      }),
    ).toThrow(/inside the write/);
    for (const [type, quantityChange] of [
      ['RECEIVE', -1],
      ['RECEIVE', 0],
      ['SHIP', 2],
      ['ADJUST', 0],
      ['MOVE', 1],
      ['COUNT', 1.5],
    ] as const) {
      await expect(
        record({ productId: hay, type, quantityChange, reason: 'RECOUNT' }),
        `${type} ${quantityChange}`,
      ).rejects.toThrow(RangeError);
    }
    await expect(record({ productId: hay, type: 'ADJUST', quantityChange: 2 })).rejects.toThrow(
      /reason/,
    );
    expect(st.ctx.db.$client.prepare('select count(*) as n from stock_movements').get()).toEqual({
      n: 0,
    });
  });

  it('a reversal moves its type the other way, and nets what one cause moved to nothing', async () => {
    const order = { referenceType: 'order', referenceId: 7 };
    await record({ productId: hay, type: 'SHIP', quantityChange: -3, ...order });
    await record({ productId: bed, type: 'SHIP', quantityChange: -1, ...order });
    await record({
      productId: hay,
      type: 'SHIP',
      quantityChange: -5,
      referenceType: 'order',
      referenceId: 8,
    });
    const ref = { type: 'order', id: 7 };
    const shipped = () => netMovements(st.ctx.db, 'SHIP', ref, [hay, bed]);
    expect(shipped()).toEqual([
      { product_id: hay, quantity: -3 },
      { product_id: bed, quantity: -1 },
    ]);
    await expect(
      record({ productId: hay, type: 'SHIP', quantityChange: -3, reversal: true, ...order }),
    ).rejects.toThrow(RangeError);
    await record({ productId: hay, type: 'SHIP', quantityChange: 3, reversal: true, ...order });
    expect(shipped()).toEqual([{ product_id: bed, quantity: -1 }]);
    expect(onHand(st.ctx.db, hay)).toBe(-5);
  });
});
