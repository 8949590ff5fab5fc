import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedOrders } from '../testing/fixtures';
import { seedReadyOrders } from '../testing/packing-fixtures';
import { testStation, type TestStation } from '../testing/test-station';
import { readyToPack, searchOrders } from './order-summaries';

let st: TestStation;
beforeEach(async () => {
  st = await testStation();
});
afterEach(() => st.close());

describe('ready to pack', () => {
  it('lists ready orders oldest first, ties by external id in number order, and nothing else', async () => {
    await seedReadyOrders(st, [
      { ext: '10000', createdAt: '2026-11-19T10:00:00Z', lines: { 'HAY-1': 1 } },
      { ext: '9999', createdAt: '2026-11-19T10:00:00Z', lines: { 'HAY-1': 1 } },
      { ext: '7', createdAt: '2026-11-19T12:00:00Z', lines: { 'HAY-1': 1, 'BED-1': 2 } },
      // 08:30 in New York is 13:30 UTC: after 12:00 UTC.
      { ext: '3', createdAt: '2026-11-19T08:30:00-05:00', lines: { 'HAY-1': 1 } },
      { ext: '8', createdAt: '2026-11-19T09:00:00Z', lines: { 'HAY-1': 1 }, status: 'packed' },
    ]);
    seedOrders(st.ctx.db, [{ ext: '1', createdAt: '2026-11-19T08:00:00Z', lines: { 'HAY-1': 1 } }]);
    const queue = readyToPack(st.ctx.db);
    expect(queue.map((o) => o.number)).toEqual(['CC-9999', 'CC-10000', 'CC-7', 'CC-3']);
    expect(queue[2]).toMatchObject({
      channel: 'storefront',
      customer_name: 'Customer 7',
      created_at: '2026-11-19T12:00:00.000Z',
      lines: 2,
      units_picked: 3,
      units_short: 0,
      verified_units: 0,
      fully_short: false,
    });
  });
});

describe('order search', () => {
  beforeEach(() => {
    seedOrders(st.ctx.db, [
      { ext: '1', createdAt: '2026-11-19T10:00:00Z', lines: { 'HAY-1': 1 } },
      { ext: '2', createdAt: '2026-11-19T11:00:00Z', lines: { 'BED-1': 1 }, channel: 'direct' },
      { ext: '3', createdAt: '2026-11-19T12:00:00Z', lines: { 'HAY-2': 1 }, status: 'shipped' },
      { ext: '4', createdAt: '2026-11-19T13:00:00Z', lines: { TOY_1: 1 } },
    ]);
  });
  const numbers = (search: Partial<Parameters<typeof searchOrders>[1]>) =>
    searchOrders(st.ctx.db, { page: 1, page_size: 50, ...search }).orders.map((o) => o.number);

  it('filters by status, channel, and q over number, customer, external id and SKU; newest first', () => {
    expect(numbers({})).toEqual(['CC-4', 'CC-3', 'CC-2', 'CC-1']);
    expect(numbers({ status: 'shipped' })).toEqual(['CC-3']);
    expect(numbers({ channel: 'direct' })).toEqual(['CC-2']);
    expect(numbers({ q: 'hay' })).toEqual(['CC-3', 'CC-1']);
    expect(numbers({ q: 'customer 2' })).toEqual(['CC-2']);
    expect(numbers({ q: 'CC-1' })).toEqual(['CC-1']);
    expect(numbers({ q: 'HAY', status: 'open' })).toEqual(['CC-1']);
    // LIKE wildcards typed by a person are plain characters.
    expect(numbers({ q: '%' })).toEqual([]);
    expect(numbers({ q: 'TOY_' })).toEqual(['CC-4']);
    expect(numbers({ q: 'HAY_' })).toEqual([]);
  });

  it('pages, with the total of all matches', () => {
    expect(searchOrders(st.ctx.db, { page: 2, page_size: 3 })).toMatchObject({
      orders: [{ number: 'CC-1', lines: 1, units_ordered: 1 }],
      total: 4,
      page: 2,
      page_size: 3,
    });
  });
});
