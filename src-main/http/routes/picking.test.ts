import type { ChildProcess } from 'node:child_process';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createStation } from '../../station';
import { seedOrders } from '../../testing/fixtures';
import { pickingInvariantViolations } from '../../testing/invariants';
import { testStation, type TestStation } from '../../testing/test-station';
import { spawnStation } from '../../testing/spawn-station';

const SKUS = ['HAY-1', 'HAY-2', 'BED-1'];

/** 30 orders, each wanting 2 of every SKU: 60 units per SKU. */
const manyOrders = () =>
  Array.from({ length: 30 }, (_, n) => ({
    ext: String(1000 + n),
    createdAt: new Date(Date.UTC(2026, 10, 19, 8, n)).toISOString(),
    lines: Object.fromEntries(SKUS.map((s) => [s, 2])),
  }));

describe('picking over HTTP', () => {
  let st: TestStation;
  let base: string;
  let picker: { access: string };
  beforeAll(async () => {
    st = await testStation();
    seedOrders(st.ctx.db, manyOrders());
    picker = await st.userWithRole('picker');
    await st.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(st.app.server.address() as { port: number }).port}`;
  });
  afterAll(() => st.close());

  const post = (path: string, body: object) =>
    fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${picker.access}` },
      body: JSON.stringify(body),
    });

  it('answers bad quantities with 400 naming qty, and a packer with 403', async () => {
    for (const qty of [0, -1, 1.5, '2', null]) {
      const res = await post('/api/pick', { sku: 'HAY-1', qty });
      expect(res.status, String(qty)).toBe(400);
      expect(
        ((await res.json()) as { error: { details: { field: string } } }).error.details.field,
      ).toBe('qty');
    }
    expect((await post('/api/pick', { qty: 1 })).status).toBe(400);
    expect(
      (await post('/api/pick', { sku: 'HAY-1', qty: 1, request_id: 'x'.repeat(65) })).status,
    ).toBe(400);
    const packer = await st.userWithRole('packer');
    const res = await st.request('POST', '/api/pick', {
      token: packer.access,
      body: { sku: 'HAY-1', qty: 1 },
    });
    expect(res.statusCode).toBe(403);
  });

  it('20 concurrent clients never over-allocate; allocations add up to the accepted picks', async () => {
    const accepted = new Map(SKUS.map((s) => [s, 0]));
    let refused = 0;
    let n = 0;
    const client = async (c: number) => {
      for (let i = 0; i < 12; i++) {
        const sku = SKUS[(c + i) % SKUS.length]!;
        const qty = 1 + ((c * 7 + i) % 3);
        const res = await post('/api/pick', { sku, qty, request_id: `c${c}-${i}-${n++}` });
        if (res.status === 200) {
          const body = (await res.json()) as { qty: number; allocations: { qty: number }[] };
          expect(body.allocations.reduce((t, a) => t + a.qty, 0)).toBe(body.qty);
          accepted.set(sku, accepted.get(sku)! + body.qty);
        } else {
          expect(res.status).toBe(409);
          refused++;
        }
      }
    };
    await Promise.all(Array.from({ length: 20 }, (_, c) => client(c)));
    for (const sku of SKUS) {
      const picked = st.ctx.db.$client
        .prepare('select sum(qty_picked) as n from order_items where sku = ?')
        .get(sku) as { n: number };
      expect(picked.n, sku).toBe(accepted.get(sku));
      expect(picked.n).toBeLessThanOrEqual(60);
    }
    // 20 × 12 picks of ~2 units ask for more than the 180 units there are: some must be refused.
    expect(refused).toBeGreaterThan(0);
    expect(pickingInvariantViolations(st.ctx.db)).toEqual([]);
  });

  it('the same request_id sent 10 times at once applies once and every answer is the same', async () => {
    seedOrders(st.ctx.db, [
      { ext: '5000', createdAt: '2026-11-20T10:00:00Z', lines: { 'TOY-1': 20 } },
    ]);
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        post('/api/pick', { sku: 'TOY-1', qty: 3, request_id: 'same-request' }).then((r) =>
          r.json(),
        ),
      ),
    );
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(
      st.ctx.db.$client.prepare("select qty_picked from order_items where sku = 'TOY-1'").get(),
    ).toEqual({ qty_picked: 3 });
  });

  it('serves the pick list grouped by category with the picked totals', async () => {
    const res = await fetch(`${base}/api/picklist?include_done=true`, {
      headers: { authorization: `Bearer ${picker.access}` },
    });
    const body = (await res.json()) as {
      categories: { name: string; skus: { sku: string; qty_ordered: number }[] }[];
    };
    expect(body.categories.map((c) => c.name)).toEqual(['BED', 'HAY', 'TOY']);
    expect(body.categories[1]!.skus.map((s) => s.sku)).toEqual(['HAY-1', 'HAY-2']);
    expect(body.categories[1]!.skus[0]!.qty_ordered).toBe(60);
  });

  it('undoes a short over HTTP: 200 with the restored allocations, 404 after, 400 for a bad id', async () => {
    seedOrders(st.ctx.db, [
      { ext: '6000', createdAt: '2026-11-20T11:00:00Z', lines: { 'CAGE-1': 2 } },
    ]);
    const short = (await (await post('/api/not-in-stock', { sku: 'CAGE-1' })).json()) as {
      exception_id: number;
    };
    const undo = () => post('/api/not-in-stock/undo', { exception_id: short.exception_id });
    const res = await undo();
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      sku: 'CAGE-1',
      qty_short: 2,
      allocations: [{ order_number: 'CC-6000', qty: 2 }],
    });
    const again = await undo();
    expect(again.status).toBe(404);
    expect(((await again.json()) as { error: { code: string } }).error.code).toBe(
      'short_not_found',
    );
    expect((await post('/api/not-in-stock/undo', { exception_id: '1e1' })).status).toBe(400);
  });
});

describe('a station killed mid-stream', () => {
  let child: ChildProcess | undefined;
  afterEach(() => child?.kill('SIGKILL'));

  it('restarts with every acknowledged pick present and the invariants holding', async () => {
    const seeded = await testStation();
    seedOrders(seeded.ctx.db, manyOrders());
    const { access } = seeded.admin;
    const dataDir = seeded.dataDir;
    await seeded.app.close();

    const station = await spawnStation(dataDir, { STATION_LOG_LEVEL: 'warn' });
    child = station.child;
    const { url } = station;

    const acknowledged: number[] = [];
    const stream = (async () => {
      for (let i = 0; ; i++) {
        const res = await fetch(`${url}/api/pick`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${access}` },
          body: JSON.stringify({ sku: SKUS[i % 3], qty: 1 }),
        }).catch(() => null);
        if (!res) return;
        if (res.status === 200)
          acknowledged.push(((await res.json()) as { event_id: number }).event_id);
      }
    })();
    await new Promise((r) => setTimeout(r, 400));
    child.kill('SIGKILL');
    await stream;
    expect(acknowledged.length).toBeGreaterThan(5);

    const { ctx, app } = await createStation({ dataDir, port: 0, secrets: 'file', log: false });
    const present = new Set(
      (ctx.db.$client.prepare('select id from pick_events').all() as { id: number }[]).map(
        (r) => r.id,
      ),
    );
    expect(acknowledged.filter((id) => !present.has(id))).toEqual([]);
    expect(pickingInvariantViolations(ctx.db)).toEqual([]);
    expect(ctx.db.$client.pragma('integrity_check', { simple: true })).toBe('ok');
    await app.close();
  });
});
