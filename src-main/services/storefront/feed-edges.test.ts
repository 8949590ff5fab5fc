import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleFeed } from '../../testing/sample-feed';
import {
  importedRows,
  storefrontServer,
  useStorefront,
  type StorefrontServer,
} from '../../testing/storefront-server';
import { testStation, type TestStation } from '../../testing/test-station';
import { generateDemoFeed } from './demo-feed';

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
const get = (url: string) => st.request('GET', url, { token: st.admin.access });
const idOf = (externalId: string) =>
  st.ctx.db.$client
    .prepare('select id from orders where external_order_id = ?')
    .pluck()
    .get(externalId) as number;

describe('two orders with one number', () => {
  beforeEach(() => {
    const feed = sampleFeed();
    // 98130 (Ben) carries Ana's number too.
    for (const item of feed.categories.flatMap((c) => c.subcategories.flatMap((s) => s.items))) {
      for (const o of item.orders as { order_id: string; order_number: string }[]) {
        if (o.order_id === '98130') o.order_number = 'CC-10482';
      }
    }
    shop.pages = [feed];
  });

  it('imports both and lists the number under warnings in the run, its status and history', async () => {
    const run = await sync();
    expect(run).toMatchObject({ status: 'ok', orders_created: 3 });
    const warning = {
      code: 'duplicate_order_number',
      order_number: 'CC-10482',
      order_ids: [idOf('98123'), idOf('98130')],
      message: expect.stringContaining('2 orders have the number CC-10482'),
    };
    expect(run.warnings).toEqual([warning]);
    expect((await get('/api/admin/sync-status')).json().last_run.warnings).toEqual([warning]);
    expect((await get('/api/admin/sync-runs')).json().runs[0].warnings).toEqual([warning]);

    // Re-importing the same feed changes nothing and still says so.
    expect((await sync()).warnings).toEqual([warning]);
  });

  it('a scan of the number asks which order is meant: 409 ambiguous_number with the ids', async () => {
    await sync();
    const ids = [idOf('98123'), idOf('98130')];
    const packer = await st.userWithRole('packer');
    const scan = await st.request('POST', '/api/scan', {
      token: packer.access,
      body: { code: 'CC-10482', action: 'lookup' },
    });
    expect(scan.statusCode).toBe(409);
    expect(scan.json().error).toMatchObject({
      code: 'ambiguous_number',
      message: expect.stringContaining('Choose the one on the slip'),
      details: { number: 'CC-10482', order_ids: ids },
    });
    const byNumber = await st.request('GET', '/api/orders/by-number/CC-10482', {
      token: packer.access,
    });
    expect(byNumber.statusCode).toBe(409);
    expect(byNumber.json().error).toMatchObject({
      code: 'ambiguous_number',
      details: {
        order_ids: ids,
        orders: [
          expect.objectContaining({ id: ids[0], customer_name: 'Ana Ruiz', status: 'open' }),
          expect.objectContaining({ id: ids[1], customer_name: 'Ben Okafor', status: 'open' }),
        ],
      },
    });
    // A number only one order has still opens it.
    const single = await st.request('GET', '/api/orders/by-number/CC-10460', {
      token: packer.access,
    });
    expect(single.json()).toEqual({ id: idOf('98101') });
  });
});

describe('an import that fails while it writes', () => {
  it('keeps the orders already written, says how far it got, and the next sync finishes', async () => {
    const feed = generateDemoFeed({ orders: 3000, seed: 5 });
    shop.pages = [feed];
    const newest = feed.categories
      .flatMap((c) => c.subcategories.flatMap((s) => s.items.flatMap((i) => i.orders)))
      .filter((o) => o.status === 'processing')
      .reduce((a, b) => (a.created_at > b.created_at ? a : b));
    // The newest order is written last (oldest first); its insert fails as a full disk would.
    st.ctx.db.$client.exec(
      `create trigger fail_import before insert on orders when new.external_order_id = '${newest.order_id}'
       begin select raise(abort, 'database or disk is full'); end`,
    );
    const failed = await sync();
    expect(failed.status).toBe('error');
    const match =
      /the import stopped \(database or disk is full\) after ([\d,]+) of ([\d,]+) orders were applied; those stay, and the next sync applies the rest/.exec(
        failed.error!,
      );
    expect(match).not.toBeNull();
    const [applied, total] = [match![1]!, match![2]!].map((n) => Number(n.replace(/,/g, '')));
    expect(applied).toBeGreaterThan(0);
    expect(applied).toBeLessThan(total!);
    const count = () => st.ctx.db.$client.prepare('select count(*) from orders').pluck().get();
    expect(count()).toBe(failed.orders_created);
    // Every order that is in is whole: each has all its lines.
    expect(
      st.ctx.db.$client
        .prepare(
          'select count(*) from orders o where not exists (select 1 from order_items i where i.order_id = o.id)',
        )
        .pluck()
        .get(),
    ).toBe(0);

    st.ctx.db.$client.exec('drop trigger fail_import');
    const resumed = await sync();
    expect(resumed).toMatchObject({ status: 'ok', error: null });
    expect(failed.orders_created + resumed.orders_created).toBe(count());
    const before = importedRows(st.ctx.db);
    expect(await sync()).toMatchObject({ status: 'ok', orders_created: 0, orders_updated: 0 });
    expect(importedRows(st.ctx.db)).toBe(before);
  });
});
