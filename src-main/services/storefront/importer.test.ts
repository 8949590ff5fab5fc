import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleFeed, type SampleFeed } from '../../testing/sample-feed';
import {
  importedRows,
  storefrontServer,
  useStorefront,
  type StorefrontServer,
} from '../../testing/storefront-server';
import { testStation, type TestStation } from '../../testing/test-station';
import type { StationEvent } from '../../contract/events';

let st: TestStation;
let shop: StorefrontServer;
beforeEach(async () => {
  st = await testStation();
  shop = await storefrontServer([sampleFeed()]);
  await useStorefront(st, shop.url);
});
afterEach(async () => {
  await st.close();
  await shop.close();
});

const sync = async () => (await st.ctx.sync.start('manual')).done;
const sql = (query: string, ...params: unknown[]) =>
  st.ctx.db.$client.prepare(query).all(...params) as Record<string, unknown>[];
const order = (externalId: string) =>
  sql(`select * from orders where external_order_id = ?`, externalId)[0]!;
const lines = (externalId: string) =>
  Object.fromEntries(
    sql(
      `select i.sku, i.qty_ordered, i.qty_picked, i.qty_short, i.qty_return_to_shelf
         from order_items i join orders o on o.id = i.order_id
        where o.external_order_id = ? order by i.sku`,
      externalId,
    ).map(({ sku, ...qty }) => [sku, qty]),
  );
const events = (externalId: string) =>
  sql(
    `select e.type, e.detail from order_events e join orders o on o.id = e.order_id
      where o.external_order_id = ? order by e.id`,
    externalId,
  ).map((e) => ({ type: e.type, detail: JSON.parse(String(e.detail)) }));
const setLine = (externalId: string, sku: string, set: string) =>
  st.ctx.db.$client
    .prepare(
      `update order_items set ${set} where sku = ? and order_id =
         (select id from orders where external_order_id = ?)`,
    )
    .run(sku, externalId);
/** Every appearance of an order in the feed (it appears once under each of its items). */
const appearances = (feed: SampleFeed, externalId: string) =>
  feed.categories
    .flatMap((c) => c.subcategories.flatMap((s) => s.items))
    .flatMap((item) => (item.orders as Record<string, unknown>[]).map((o) => ({ item, o })))
    .filter(({ o }) => o.order_id === externalId);
const serve = (edit: (feed: SampleFeed) => void) => {
  const feed = sampleFeed();
  edit(feed);
  shop.pages = [feed];
};

describe('storefront import', () => {
  it('merges each order across its items into one order with one line per SKU', async () => {
    const run = await sync();
    expect(run).toMatchObject({
      status: 'ok',
      products_upserted: 4,
      orders_created: 3,
      orders_updated: 0,
      orders_cancelled: 0,
      orders_skipped: 1,
    });
    expect(shop.requests[0]).toEqual({
      page: 1,
      authorization: 'Bearer sk_test_storefront',
      accept: 'application/json',
    });
    expect(lines('98123')).toEqual({
      'HAY-ORC-5LB': { qty_ordered: 1, qty_picked: 0, qty_short: 0, qty_return_to_shelf: 0 },
      'HAY-TIM-2LB': { qty_ordered: 2, qty_picked: 0, qty_short: 0, qty_return_to_shelf: 0 },
    });
    expect(Object.keys(lines('98101'))).toEqual(['BED-PAP-30L', 'HAY-ORC-5LB']);
    expect(order('98101')).toMatchObject({
      channel: 'storefront',
      number: 'CC-10460',
      status: 'open',
      customer_name: 'Chen Wei',
      created_at: '2026-11-18T21:40:00.000Z',
      channel_updated_at: '2026-11-19T08:00:00.000Z',
    });
    // The address came with one of 98123's two appearances only; that is not a disagreement.
    expect(JSON.parse(String(order('98123').shipping_address))).toMatchObject({ city: 'Dayton' });
    expect(run.log).toEqual([]);
    expect(sql(`select 1 from orders where external_order_id = '98135'`)).toEqual([]);
    expect(
      sql(
        `select sku, category, subcategory, weight_oz, price_cents, barcode from products order by sku`,
      ),
    ).toEqual([
      {
        sku: 'BED-PAP-30L',
        category: 'Bedding',
        subcategory: 'Paper Bedding',
        weight_oz: 67.2,
        price_cents: 1749,
        barcode: null,
      },
      {
        sku: 'HAY-ORC-5LB',
        category: 'Hay',
        subcategory: 'Orchard Grass',
        weight_oz: 80,
        price_cents: 2150,
        barcode: '0860001234586',
      },
      {
        sku: 'HAY-TIM-10LB',
        category: 'Hay',
        subcategory: 'Timothy Hay',
        weight_oz: 160,
        price_cents: 3999,
        barcode: '0860001234579',
      },
      {
        sku: 'HAY-TIM-2LB',
        category: 'Hay',
        subcategory: 'Timothy Hay',
        weight_oz: 32,
        price_cents: 1299,
        barcode: '0860001234562',
      },
    ]);
    expect(events('98123')).toEqual([
      {
        type: 'imported',
        detail: { source: 'storefront', lines: { 'HAY-TIM-2LB': 2, 'HAY-ORC-5LB': 1 } },
      },
    ]);
  });

  it('takes the later updated_at when an order disagrees with itself, and logs it', async () => {
    serve((feed) => {
      const [first, second] = appearances(feed, '98130');
      Object.assign(first!.o, { customer_name: 'Ben O.', updated_at: '2026-11-19T10:00:00Z' });
      Object.assign(second!.o, {
        customer_name: 'Benjamin Okafor',
        updated_at: '2026-11-19T12:00:00Z',
      });
    });
    const run = await sync();
    expect(order('98130').customer_name).toBe('Benjamin Okafor');
    expect(run.log).toEqual([
      'order 98130: customer_name differ between its items; kept the values updated 2026-11-19T12:00:00.000Z (under HAY-TIM-10LB)',
    ]);
  });

  it('re-importing the same feed changes nothing at all', async () => {
    await sync();
    const before = importedRows(st.ctx.db);
    const again = await sync();
    expect(again).toMatchObject({
      status: 'ok',
      products_upserted: 0,
      orders_created: 0,
      orders_updated: 0,
      orders_cancelled: 0,
    });
    // Same rows, same updated_at: nothing was rewritten.
    expect(importedRows(st.ctx.db)).toBe(before);
  });

  it('cancels an open order: unpicked units leave, picked ones go back to the shelf', async () => {
    await sync();
    setLine('98123', 'HAY-TIM-2LB', 'qty_picked = 1');
    serve((feed) => appearances(feed, '98123').forEach(({ o }) => (o.status = 'refunded')));
    const run = await sync();

    expect(run).toMatchObject({ status: 'ok', orders_cancelled: 1, orders_updated: 0 });
    expect(order('98123')).toMatchObject({ status: 'cancelled', cancelled_at: expect.any(String) });
    expect(lines('98123')['HAY-TIM-2LB']).toEqual({
      qty_ordered: 2,
      qty_picked: 0,
      qty_short: 0,
      qty_return_to_shelf: 1,
    });
    expect(lines('98123')['HAY-ORC-5LB']).toMatchObject({ qty_return_to_shelf: 0 });
    expect(run.log).toContain('return to shelf: 1 × HAY-TIM-2LB from order CC-10482 (cancelled)');
    expect(events('98123').at(-1)).toEqual({
      type: 'cancelled',
      detail: {
        source: 'storefront',
        storefront_status: 'refunded',
        return_to_shelf: [{ sku: 'HAY-TIM-2LB', qty: 1 }],
      },
    });
    // The cancelled order's lines no longer count for picking.
    expect(sql(`select sum(order_active) as active from order_items`)).toEqual([{ active: 4 }]);
  });

  it('a grown line goes back on the pick list: a ready order becomes open again', async () => {
    await sync();
    setLine('98130', 'HAY-TIM-2LB', 'qty_picked = 1');
    setLine('98130', 'HAY-TIM-10LB', 'qty_picked = 1');
    st.ctx.db.$client
      .prepare(`update orders set status = 'ready_to_pack' where external_order_id = '98130'`)
      .run();
    serve((feed) => (appearances(feed, '98130')[1]!.o.quantity = 3));
    const run = await sync();

    expect(run).toMatchObject({ orders_updated: 1, orders_created: 0 });
    expect(order('98130').status).toBe('open');
    expect(lines('98130')['HAY-TIM-10LB']).toEqual({
      qty_ordered: 3,
      qty_picked: 1,
      qty_short: 0,
      qty_return_to_shelf: 0,
    });
    expect(events('98130').at(-1)).toEqual({
      type: 'quantity_changed',
      detail: { sku: 'HAY-TIM-10LB', from: 1, to: 3, return_to_shelf: 0 },
    });
  });

  it('a shrunk line keeps what it still needs, returns the surplus and trims shorts', async () => {
    await sync();
    setLine('98101', 'HAY-ORC-5LB', 'qty_picked = 2, qty_short = 1');
    setLine('98101', 'BED-PAP-30L', 'qty_picked = 2');
    const ready: StationEvent[] = [];
    st.ctx.bus.subscribe((e) => e.type === 'order_ready' && ready.push(e));
    serve((feed) => {
      const [orchard, bedding] = appearances(feed, '98101');
      orchard!.o.quantity = 1;
      // A line that disappears from an order still in the feed goes to 0 by the same rule.
      bedding!.item.orders = (bedding!.item.orders as { order_id: string }[]).filter(
        (o) => o.order_id !== '98101',
      );
    });
    const run = await sync();

    expect(lines('98101')).toEqual({
      'HAY-ORC-5LB': { qty_ordered: 1, qty_picked: 1, qty_short: 0, qty_return_to_shelf: 1 },
      'BED-PAP-30L': { qty_ordered: 0, qty_picked: 0, qty_short: 0, qty_return_to_shelf: 2 },
    });
    expect(run.log).toEqual(
      expect.arrayContaining([
        'return to shelf: 2 × BED-PAP-30L from order CC-10460 (quantity reduced)',
        'return to shelf: 1 × HAY-ORC-5LB from order CC-10460 (quantity reduced)',
      ]),
    );
    // Everything it still wants is picked: ready to pack, and the screens hear of it.
    const id = order('98101').id;
    expect(order('98101').status).toBe('ready_to_pack');
    expect(ready).toEqual([{ type: 'order_ready', data: { order_id: id } }]);
  });

  it('leaves alone orders that are missing, closed upstream, or already packed', async () => {
    await sync();
    st.ctx.db.$client
      .prepare(`update orders set status = 'packed' where external_order_id = '98130'`)
      .run();
    const before = importedRows(st.ctx.db);
    serve((feed) => {
      appearances(feed, '98123').forEach(({ o }) => (o.status = 'completed'));
      appearances(feed, '98130').forEach(({ o }) =>
        Object.assign(o, { status: 'cancelled', quantity: 5 }),
      );
      const bedding = feed.categories[1]!.subcategories[0]!.items[0]!;
      bedding.orders = (bedding.orders as { order_id: string }[]).filter(
        (o) => o.order_id !== '98101',
      );
      feed.categories[0]!.subcategories[1]!.items[0]!.orders = [];
    });
    const run = await sync();

    expect(run).toMatchObject({ status: 'ok', orders_updated: 0, orders_cancelled: 0 });
    expect(importedRows(st.ctx.db)).toBe(before);
    expect(run.log).toEqual([
      'order CC-10482 is "completed" in the storefront but still open here; left as it is',
      'order CC-10489 was cancelled in the storefront but is already packed here; not changed',
    ]);
  });
});
