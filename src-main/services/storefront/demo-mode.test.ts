import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleFeed } from '../../testing/sample-feed';
import { demoOnHand, stockDemoShelves } from './demo-stock';
import { storefrontServer, useStorefront } from '../../testing/storefront-server';
import { testStation, type TestStation } from '../../testing/test-station';

let st: TestStation | undefined;
afterEach(async () => {
  await st?.close();
  st = undefined;
});

const syncFinished = (station: TestStation) =>
  new Promise<unknown>((resolve) =>
    station.ctx.bus.subscribe((e) => e.type === 'sync_finished' && resolve(e.data)),
  );

describe('demo mode (serve --demo)', () => {
  it('serves its own feed on its port and imports it at startup', async () => {
    st = await testStation({ demo: true });
    const finished = syncFinished(st);
    await st.app.listen({ port: 0, host: '127.0.0.1' });
    expect(await finished).toMatchObject({ status: 'ok', error: null });

    const [run] = st.ctx.sync.history(1);
    expect(run).toMatchObject({ trigger: 'startup', status: 'ok' });
    expect(run!.orders_created + run!.orders_skipped).toBe(60);
    const open = st.ctx.db.$client
      .prepare(`select count(*) as n from order_items where order_active = 1`)
      .get() as { n: number };
    expect(open.n).toBeGreaterThan(100);
    expect((await st.request('GET', '/api/health')).json()).toMatchObject({ demo: true });
    // Pointed at the demo feed for this process only: Settings still say "not set up".
    const settings = await st.request('GET', '/api/admin/settings', { token: st.admin.access });
    expect(settings.json()).toMatchObject({ api_base_url: '', api_key_set: false });
  });

  it('stocks the shelves once after its first import, with some SKUs low, and never again', async () => {
    st = await testStation({ demo: true });
    const stocked = new Promise<void>((resolve) =>
      st!.ctx.bus.subscribe((e) => e.type === 'stock' && resolve()),
    );
    await st.app.listen({ port: 0, host: '127.0.0.1' });
    await stocked;
    const admin = { token: st.admin.access };
    const all = (await st.request('GET', '/api/inventory?page_size=500', admin)).json();
    const low = (await st.request('GET', '/api/inventory/low-stock?page_size=500', admin)).json();
    expect(all.total).toBeGreaterThan(20);
    expect(all.items.filter((i: { on_hand: number }) => i.on_hand > 0).length).toBeGreaterThan(
      all.total / 2,
    );
    expect(low.total).toBeGreaterThan(0);
    expect(low.total).toBeLessThan(all.total);
    for (const item of all.items) expect(item.on_hand).toBe(demoOnHand(item.sku));

    const movements = () =>
      (
        st!.ctx.db.$client.prepare('select count(*) as n from stock_movements').get() as {
          n: number;
        }
      ).n;
    const before = movements();
    const again = syncFinished(st);
    expect((await st.request('POST', '/api/admin/sync', admin)).statusCode).toBe(202);
    await again;
    expect(await stockDemoShelves(st.ctx.writes)).toBe(0);
    expect(movements()).toBe(before);
  });

  it('the demo feed is paged and takes only the demo key', async () => {
    st = await testStation({ demo: true });
    const keyless = await st.request('GET', '/demo/storefront/orders?page=1');
    expect(keyless.statusCode).toBe(401);
    // It used to name the key, so anyone on the LAN could read the feed.
    expect(keyless.json().error).toEqual({
      code: 'unauthorized',
      message: 'The demo storefront needs its API key.',
      details: {},
    });
    const demo = { authorization: 'Bearer demo' };
    const first = await st.request('GET', '/demo/storefront/orders?page=1', { headers: demo });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ next_page: 2, categories: expect.any(Array) });
  });

  it('is served to the station PC only: 403 from another address, key or not', async () => {
    st = await testStation({ demo: true });
    const lanAddress = Object.values(networkInterfaces())
      .flat()
      .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;
    const demo = { authorization: 'Bearer demo' };
    // From another device on the LAN: inject() can say where a request comes from.
    const fromLan = await st.app.inject({
      method: 'GET',
      url: '/demo/storefront/orders?page=1',
      headers: demo,
      remoteAddress: '192.168.1.20',
    });
    expect(fromLan.statusCode).toBe(403);
    expect(fromLan.json().error.code).toBe('loopback_only');
    // Over real HTTP, the PC reaching itself on loopback (and on its own LAN address) is served.
    await st.app.listen({ port: 0, host: '0.0.0.0' });
    const { port } = st.app.server.address() as AddressInfo;
    for (const host of ['127.0.0.1', ...(lanAddress ? [lanAddress] : [])]) {
      const res = await fetch(`http://${host}:${port}/demo/storefront/orders?page=1`, {
        headers: demo,
      });
      expect(res.status, host).toBe(200);
    }
  });

  it('steps aside once a real storefront is configured', async () => {
    const shop = await storefrontServer([sampleFeed()]);
    try {
      st = await testStation({ demo: true });
      await useStorefront(st, shop.url);
      expect((await st.request('GET', '/api/health')).json()).toMatchObject({ demo: false });
      await st.app.listen({ port: 0, host: '127.0.0.1' });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(st.ctx.sync.history(5).filter((r) => r.trigger === 'startup')).toEqual([]);
      expect(st.ctx.sync.status()).toMatchObject({
        mode: 'storefront',
        next_run_at: expect.any(String),
      });
    } finally {
      await shop.close();
    }
  });

  it('is off unless asked for', async () => {
    st = await testStation();
    expect((await st.request('GET', '/api/health')).json()).toMatchObject({ demo: false });
    const res = await st.request('GET', '/demo/storefront/orders?page=1', {
      headers: { authorization: 'Bearer demo' },
    });
    // Unknown GET paths fall back to the UI (or 503 before it is built); never to a feed.
    expect(res.body).not.toContain('"categories"');
  });
});
