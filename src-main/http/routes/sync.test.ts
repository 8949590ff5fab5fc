import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StationEvent } from '../../contract/events';
import { sampleFeed } from '../../testing/sample-feed';
import {
  storefrontServer,
  useStorefront,
  type StorefrontServer,
} from '../../testing/storefront-server';
import { testStation, type TestStation } from '../../testing/test-station';

let st: TestStation;
let shop: StorefrontServer;
beforeEach(async () => {
  st = await testStation({ storefrontFetch: { timeoutMs: 2_000 } });
  shop = await storefrontServer([sampleFeed()]);
});
afterEach(async () => {
  await st.close();
  await shop.close();
});

const post = () => st.request('POST', '/api/admin/sync', { token: st.admin.access });
const status = async () =>
  (await st.request('GET', '/api/admin/sync-status', { token: st.admin.access })).json();
/** Resolves with the sync_finished event of the next run. */
const finished = () =>
  new Promise<StationEvent>((resolve) => {
    const stop = st.ctx.bus.subscribe((e) => {
      if (e.type !== 'sync_finished') return;
      stop();
      resolve(e);
    });
  });
/** Holds storefront requests until release() is called. */
function holdRequests() {
  const held: (() => void)[] = [];
  let holding = true;
  const pages = shop.handle;
  shop.handle = (page, req, res) =>
    holding ? held.push(() => pages(page, req, res)) : pages(page, req, res);
  return () => {
    holding = false;
    held.splice(0).forEach((answer) => answer());
  };
}

describe('storefront sync routes', () => {
  it('refuses to sync before a storefront is set up, in a sentence', async () => {
    const res = await post();
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({
      code: 'storefront_not_configured',
      message: expect.stringMatching(/^No storefront is set up yet\. .*Settings/),
    });
    expect((await status()).last_run).toBeNull();
  });

  it('is admin only', async () => {
    const picker = await st.userWithRole('picker');
    const packer = await st.userWithRole('packer');
    for (const [method, url] of [
      ['POST', '/api/admin/sync'],
      ['GET', '/api/admin/sync-status'],
      ['GET', '/api/admin/sync-runs'],
    ] as const) {
      expect((await st.request(method, url, { token: picker.access })).statusCode).toBe(403);
      expect((await st.request(method, url, { token: packer.access })).statusCode).toBe(403);
      expect((await st.request(method, url)).statusCode).toBe(401);
    }
  });

  it('runs one sync at a time: a second request while one runs gets 409 sync_running', async () => {
    await useStorefront(st, shop.url);
    const release = holdRequests();
    const first = await post();
    expect(first.statusCode).toBe(202);
    const { run_id } = first.json();
    const second = await post();
    expect(second.statusCode).toBe(409);
    expect(second.json().error).toMatchObject({ code: 'sync_running', details: { run_id } });
    expect(await status()).toMatchObject({
      running: true,
      current_run: { id: run_id, trigger: 'manual' },
    });

    const done = finished();
    release();
    await done;
    expect(await status()).toMatchObject({
      running: false,
      current_run: null,
      mode: 'storefront',
      next_run_at: null,
      last_run: {
        id: run_id,
        source: 'storefront',
        trigger: 'manual',
        status: 'ok',
        products_upserted: 4,
        orders_created: 3,
        orders_updated: 0,
        orders_cancelled: 0,
        error: null,
        finished_at: expect.any(String),
      },
    });
    expect((await post()).statusCode).toBe(202);
  });

  it('a failed run keeps its reason in the sync status and the history', async () => {
    await useStorefront(st, shop.url);
    shop.handle = (_page, _req, res) => res.writeHead(401).end();
    const done = finished();
    expect((await post()).statusCode).toBe(202);
    await done;
    const { last_run } = await status();
    expect(last_run).toMatchObject({
      status: 'error',
      error: 'the storefront rejected the API key (HTTP 401); check the API key in Settings',
      orders_created: 0,
    });

    const history = await st.request('GET', '/api/admin/sync-runs?limit=5', {
      token: st.admin.access,
    });
    expect(history.json().runs).toEqual([last_run]);
    const bad = await st.request('GET', '/api/admin/sync-runs?limit=0', {
      token: st.admin.access,
    });
    expect(bad.statusCode).toBe(400);
  });

  it('Admin → Jobs lists the storefront sync with its schedule and last runs', async () => {
    const idle = (await st.request('GET', '/api/admin/jobs', { token: st.admin.access })).json();
    expect(idle.jobs).toEqual([
      expect.objectContaining({
        name: 'storefront_sync',
        schedule: null,
        mode: 'none',
        last_runs: [],
      }),
      expect.objectContaining({ name: 'reorder_alerts', last_runs: [] }),
    ]);
    await useStorefront(st, shop.url);
    const done = finished();
    await post();
    await done;
    const { jobs } = (
      await st.request('GET', '/api/admin/jobs', { token: st.admin.access })
    ).json();
    expect(jobs[0]).toMatchObject({
      schedule: 'every 10 minutes',
      mode: 'storefront',
      running: false,
    });
    expect(jobs[0].last_runs).toEqual([
      expect.objectContaining({ status: 'ok', orders_created: 3 }),
    ]);
  });

  it('tells open screens what happens, from start to finish', async () => {
    await useStorefront(st, shop.url);
    const seen: StationEvent[] = [];
    st.ctx.bus.subscribe((e) => seen.push(e));
    const done = finished();
    const { run_id } = (await post()).json();
    await done;
    expect(seen.map((e) => e.type)).toEqual([
      'sync_started',
      'sync_progress',
      'sync_progress',
      'sync_progress',
      'sync_finished',
    ]);
    expect(seen.map((e) => e.data)).toEqual([
      { run_id, trigger: 'manual' },
      { run_id, phase: 'fetching', page: 1 },
      { run_id, phase: 'validating', page: 1 },
      { run_id, phase: 'applying', page: 1, pages: 1 },
      {
        run_id,
        status: 'ok',
        error: null,
        counts: {
          products_upserted: 4,
          orders_created: 3,
          orders_updated: 0,
          orders_cancelled: 0,
          orders_skipped: 1,
        },
      },
    ]);
  });

  it('closing the station stops a run under way and records why', async () => {
    await useStorefront(st, shop.url);
    shop.handle = () => {};
    const { done } = await st.ctx.sync.start('manual');
    const started = Date.now();
    await st.app.close();
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(await done).toMatchObject({
      status: 'error',
      error: 'the sync was stopped because the station closed',
    });
  });
});
