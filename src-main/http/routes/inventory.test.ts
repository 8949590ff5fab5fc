import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InventoryItem } from '../../contract/inventory';
import type { StationEvent } from '../../contract/events';
import { recordMovement } from '../../services/inventory/ledger';
import { seedOrders } from '../../testing/fixtures';
import { testStation, type TestStation } from '../../testing/test-station';

let st: TestStation;
let token: string;

beforeEach(async () => {
  st = await testStation();
  token = st.admin.access;
});
afterEach(() => st.close());

const get = (url: string, as = token) => st.request('GET', url, { token: as });
const post = (url: string, body: object, as = token) =>
  st.request('POST', url, { token: as, body });
const sql = (text: string, ...args: unknown[]) => st.ctx.db.$client.prepare(text).run(...args);
const idOf = (sku: string) =>
  (st.ctx.db.$client.prepare('select id from products where sku = ?').get(sku) as { id: number })
    .id;

const receive = (sku: string, quantityChange: number) =>
  st.ctx.writes.run((tx) =>
    recordMovement(tx, { productId: idOf(sku), type: 'RECEIVE', quantityChange, userId: 1 }),
  );

/** A purchase order of `lines` (sku → [ordered, received]) in that status. */
function purchaseOrder(status: string, lines: Record<string, [number, number]>) {
  sql("insert into suppliers (name) select 'Hay Co' where not exists (select 1 from suppliers)");
  const po = sql(
    'insert into purchase_orders (po_number, supplier_id, status) values (?, 1, ?)',
    `PO-${Math.random()}`,
    status,
  ).lastInsertRowid;
  for (const [sku, [ordered, received]] of Object.entries(lines)) {
    sql(
      `insert into purchase_order_lines (purchase_order_id, product_id, sku, quantity_ordered, quantity_received, unit_cost_cents)
       values (?, ?, ?, ?, ?, 100)`,
      po,
      idOf(sku),
      sku,
      ordered,
      received,
    );
  }
}

const item = async (sku: string): Promise<InventoryItem> => {
  const res = await get(`/api/inventory?q=${encodeURIComponent(sku)}`);
  expect(res.statusCode).toBe(200);
  return (res.json().items as InventoryItem[]).find((i) => i.sku === sku)!;
};

describe('GET /api/inventory', () => {
  it('derives on hand, committed, available, damaged and incoming as DESIGN.md says', async () => {
    seedOrders(st.ctx.db, [
      { ext: '1', createdAt: '2026-11-19T10:00:00Z', lines: { 'HAY-1': 3 } },
      {
        ext: '2',
        createdAt: '2026-11-19T11:00:00Z',
        lines: { 'HAY-1': 2 },
        status: 'ready_to_pack',
      },
      { ext: '3', createdAt: '2026-11-19T12:00:00Z', lines: { 'HAY-1': 4 }, status: 'packed' },
      { ext: '4', createdAt: '2026-11-19T13:00:00Z', lines: { 'HAY-1': 5 }, status: 'shipped' },
      { ext: '5', createdAt: '2026-11-19T14:00:00Z', lines: { 'HAY-1': 6 }, status: 'cancelled' },
      {
        ext: '6',
        createdAt: '2026-11-19T15:00:00Z',
        lines: { 'HAY-1': 7 },
        channel: 'amazon_fba',
      },
    ]);
    // One unit of order 1 was marked short: it is not coming off the shelf.
    sql("update order_items set qty_short = 1 where sku = 'HAY-1' and qty_ordered = 3");
    await receive('HAY-1', 21);
    for (const [type, quantity_change] of [
      ['DAMAGE', -3],
      ['FOUND', 2],
      ['DAMAGE', 1],
    ] as const) {
      const res = await post('/api/inventory/HAY-1/adjust', { type, quantity_change });
      // A DAMAGE only takes units off: the wrong way is refused and counts for nothing.
      expect(res.statusCode).toBe(type === 'DAMAGE' && quantity_change > 0 ? 400 : 200);
    }
    purchaseOrder('SENT', { 'HAY-1': [10, 4] });
    purchaseOrder('DRAFT', { 'HAY-1': [5, 0] });
    purchaseOrder('RECEIVED', { 'HAY-1': [8, 8] });
    purchaseOrder('CANCELLED', { 'HAY-1': [9, 0] });
    purchaseOrder('IN_TRANSIT', { 'HAY-1': [3, 5] });
    sql("update products set reorder_point = 12, reorder_qty = 30 where sku = 'HAY-1'");

    expect(await item('HAY-1')).toEqual({
      sku: 'HAY-1',
      title: 'Product HAY-1',
      barcode: 'BC-HAY-1',
      bin_location: 'A-5',
      on_hand: 20,
      committed: 2 + 2 + 4,
      available: 12,
      damaged: 3,
      incoming: 6 + 5,
      reorder_point: 12,
      reorder_qty: 30,
      needs_reorder: true,
      needs_count: false,
    });
  });

  it('searches SKU, title, barcode and bin, sorts, pages; packers read, pickers do not', async () => {
    seedOrders(st.ctx.db, [
      {
        ext: '1',
        createdAt: '2026-11-19T10:00:00Z',
        lines: { 'HAY-1': 1, 'HAY-22': 1, 'BED-1': 1 },
      },
    ]);
    await receive('HAY-22', 5);
    await receive('BED-1', 2);
    sql("update products set title = '50% cotton' where sku = 'BED-1'");
    const skus = async (query: string) =>
      ((await get(`/api/inventory?${query}`)).json().items as InventoryItem[]).map((i) => i.sku);
    expect(await skus('')).toEqual(['BED-1', 'HAY-1', 'HAY-22']);
    expect(await skus('q=hay')).toEqual(['HAY-1', 'HAY-22']);
    expect(await skus('q=bc-bed')).toEqual(['BED-1']);
    expect(await skus('q=A-6')).toEqual(['HAY-22']);
    expect(await skus('q=50%25')).toEqual(['BED-1']);
    expect(await skus('q=5_')).toEqual([]);
    expect(await skus('sort=-available')).toEqual(['HAY-22', 'BED-1', 'HAY-1']);
    expect(await skus('sort=-sku&page=2&page_size=2')).toEqual(['BED-1']);
    const page = (await get('/api/inventory?page_size=2')).json();
    expect(page).toMatchObject({ total: 3, page: 1, page_size: 2 });
    expect((await get('/api/inventory?page_size=501')).statusCode).toBe(400);
    expect((await get('/api/inventory')).json().page_size).toBe(100);

    const packer = await st.userWithRole('packer');
    const picker = await st.userWithRole('picker');
    expect((await get('/api/inventory', packer.access)).statusCode).toBe(200);
    expect((await get('/api/inventory/HAY-1/history', packer.access)).statusCode).toBe(200);
    expect((await get('/api/inventory', picker.access)).statusCode).toBe(403);
    expect(
      (
        await post(
          '/api/inventory/HAY-1/adjust',
          { type: 'FOUND', quantity_change: 1 },
          packer.access,
        )
      ).statusCode,
    ).toBe(403);
  });

  it('low stock lists active SKUs with available at or under the reorder point', async () => {
    seedOrders(st.ctx.db, [
      {
        ext: '1',
        createdAt: '2026-11-19T10:00:00Z',
        lines: { 'HAY-1': 2, 'BED-1': 1, 'TOY-1': 1 },
      },
    ]);
    await receive('HAY-1', 7);
    await receive('BED-1', 10);
    sql("update products set reorder_point = 5 where sku in ('HAY-1', 'BED-1')");
    sql("update products set is_active = 0 where sku = 'TOY-1'");
    const low = (await get('/api/inventory/low-stock')).json();
    expect(low.items.map((i: InventoryItem) => [i.sku, i.available])).toEqual([['HAY-1', 5]]);
    expect(low.total).toBe(1);
  });
});

describe('GET /api/inventory/combined', () => {
  it('puts the newest Amazon snapshot of each SKU beside the warehouse, 0 when there is none', async () => {
    seedOrders(st.ctx.db, [
      { ext: '1', createdAt: '2026-11-19T10:00:00Z', lines: { 'HAY-1': 2, 'BED-1': 1 } },
    ]);
    await receive('HAY-1', 10);
    sql("update products set safety_buffer = 3 where sku = 'HAY-1'");
    const snapshot = `insert into amazon_inventory_snapshots
      (sku, fulfillable, inbound_working, inbound_shipped, inbound_receiving, reserved, unfulfillable, created_at)
      values ('HAY-1', ?, 1, 2, 3, 4, 5, ?)`;
    sql(snapshot, 50, '2026-11-20T10:00:00.000Z');
    sql(snapshot, 40, '2026-11-18T10:00:00.000Z');
    const items = (await get('/api/inventory/combined')).json().items;
    expect(items).toEqual([
      expect.objectContaining({
        sku: 'BED-1',
        available: -1,
        fba_fulfillable: 0,
        fba_inbound: 0,
        fba_reserved: 0,
        fba_unfulfillable: 0,
        fba_captured_at: null,
        fbm_quantity: 0,
        total_available: -1,
      }),
      expect.objectContaining({
        sku: 'HAY-1',
        available: 8,
        fba_fulfillable: 50,
        fba_inbound: 6,
        fba_reserved: 4,
        fba_unfulfillable: 5,
        fba_captured_at: '2026-11-20T10:00:00.000Z',
        fbm_quantity: 5,
        total_available: 58,
      }),
    ]);
  });
});

describe('POST /api/inventory/{sku}/adjust', () => {
  beforeEach(() => {
    seedOrders(st.ctx.db, [{ ext: '1', createdAt: '2026-11-19T10:00:00Z', lines: { 'HAY-1': 1 } }]);
  });

  it('records an ADJUST with the type as reason and the note, and tells open screens', async () => {
    await receive('HAY-1', 4);
    const events: StationEvent[] = [];
    const off = st.ctx.bus.subscribe((e) => events.push(e));
    const res = await post('/api/inventory/HAY-1/adjust', {
      type: 'LOSS',
      quantity_change: -3,
      reason: 'fell behind the shelf',
    });
    off();
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ sku: 'HAY-1', quantity_before: 4, quantity_after: 1 });
    expect(
      st.ctx.db.$client
        .prepare('select type, reason, note, user_id from stock_movements where id = ?')
        .get(res.json().movement_id),
    ).toEqual({ type: 'ADJUST', reason: 'LOSS', note: 'fell behind the shelf', user_id: 1 });
    expect(events).toEqual([{ type: 'stock', data: { sku: 'HAY-1', on_hand: 1, by: 'admin' } }]);
  });

  it('refuses a removal below zero (409) and a change against its reason (400), changing nothing', async () => {
    await receive('HAY-1', 2);
    for (const type of ['RECOUNT', 'DAMAGE', 'LOSS', 'SUPPLIER']) {
      const res = await post('/api/inventory/HAY-1/adjust', { type, quantity_change: -3 });
      expect(res.statusCode, type).toBe(409);
      expect(res.json().error).toMatchObject({
        code: 'negative_stock',
        details: { sku: 'HAY-1', on_hand: 2 },
      });
    }
    for (const [type, quantity_change] of [
      ['FOUND', -1],
      ['RETURN', -1],
      ['DAMAGE', 1],
      ['LOSS', 1],
    ] as const) {
      const res = await post('/api/inventory/HAY-1/adjust', { type, quantity_change });
      expect(res.statusCode, type).toBe(400);
      expect(res.json().error.details.field).toBe('quantity_change');
    }
    expect(
      (await post('/api/inventory/HAY-1/adjust', { type: 'FOUND', quantity_change: 0 })).statusCode,
    ).toBe(400);
    expect(
      (await post('/api/inventory/NOPE/adjust', { type: 'FOUND', quantity_change: 1 })).statusCode,
    ).toBe(404);
    expect(await item('HAY-1')).toMatchObject({ on_hand: 2 });
    // Down to exactly zero is fine.
    expect(
      (await post('/api/inventory/HAY-1/adjust', { type: 'DAMAGE', quantity_change: -2 }))
        .statusCode,
    ).toBe(200);
  });

  it('lets an increase through while the ledger stays below zero: it moves towards the shelf', async () => {
    await st.ctx.writes.run((tx) =>
      recordMovement(tx, {
        productId: idOf('HAY-1'),
        type: 'SHIP',
        quantityChange: -5,
        userId: 1,
      }),
    );
    const res = await post('/api/inventory/HAY-1/adjust', { type: 'RETURN', quantity_change: 2 });
    expect(res.json()).toMatchObject({ quantity_before: -5, quantity_after: -3 });
  });

  it('loses nothing when many adjustments arrive at once over HTTP', async () => {
    const base = await st.listen();
    const send = (type: string, quantity_change: number) =>
      fetch(`${base}/api/inventory/HAY-1/adjust`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ type, quantity_change }),
      });
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, n) => (n % 4 === 3 ? send('LOSS', -1) : send('FOUND', 2))),
    );
    expect(answers.map((r) => r.status)).toEqual(Array(40).fill(200));
    expect(await item('HAY-1')).toMatchObject({ on_hand: 30 * 2 - 10 });
    const rows = st.ctx.db.$client
      .prepare('select quantity_before, quantity_after from stock_movements order by id')
      .all() as { quantity_before: number; quantity_after: number }[];
    rows.slice(1).forEach((r, i) => expect(r.quantity_before).toBe(rows[i]!.quantity_after));
  });
});

describe('POST /api/inventory/{sku}/count', () => {
  it('records the difference as RECOUNT, a match as COUNT 0, and settles a shortage flag', async () => {
    seedOrders(st.ctx.db, [{ ext: '1', createdAt: '2026-11-19T10:00:00Z', lines: { 'HAY-1': 3 } }]);
    await receive('HAY-1', 5);
    const picker = await st.userWithRole('picker');
    const short = await post('/api/not-in-stock', { sku: 'HAY-1', qty: 1 }, picker.access);
    expect(short.json().needs_count).toBe(true);
    expect(await item('HAY-1')).toMatchObject({ needs_count: true, committed: 2 });

    const counted = await post('/api/inventory/HAY-1/count', { counted: 2 });
    expect(counted.json()).toMatchObject({ quantity_before: 5, quantity_after: 2, difference: -3 });
    expect(await item('HAY-1')).toMatchObject({ on_hand: 2, needs_count: false, available: 0 });
    const again = await post('/api/inventory/HAY-1/count', { counted: 2 });
    expect(again.json()).toMatchObject({ quantity_before: 2, quantity_after: 2, difference: 0 });

    const history = (await get('/api/inventory/HAY-1/history')).json();
    expect(
      history.movements.map(
        (m: { type: string; reason: string | null; quantity_change: number; username: string }) => [
          m.type,
          m.reason,
          m.quantity_change,
          m.username,
        ],
      ),
    ).toEqual([
      ['COUNT', null, 0, 'admin'],
      ['ADJUST', 'RECOUNT', -3, 'admin'],
      ['RECEIVE', null, 5, 'admin'],
    ]);
    expect(history.total).toBe(3);
    expect(history.stock).toEqual(await item('HAY-1'));
    expect((await post('/api/inventory/HAY-1/count', { counted: -1 })).statusCode).toBe(400);
    expect((await get('/api/inventory/NOPE/history')).statusCode).toBe(404);
  });
});

describe('GET /api/inventory/export', () => {
  it('answers the ledger as CSV, filtered by SKU and local days', async () => {
    seedOrders(st.ctx.db, [
      { ext: '1', createdAt: '2026-11-19T10:00:00Z', lines: { 'HAY-1': 1, 'BED-1': 1 } },
    ]);
    await receive('HAY-1', 5);
    await receive('BED-1', 1);
    await post('/api/inventory/HAY-1/adjust', {
      type: 'DAMAGE',
      quantity_change: -1,
      reason: '=cmd, "torn" bag',
    });
    const res = await get('/api/inventory/export?sku=HAY-1');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = res.body.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'id,created_at,sku,type,reason,quantity_change,quantity_before,quantity_after,from_bin,to_bin,reference_type,reference_id,note,username',
    );
    expect(lines.slice(1).map((l) => l.split(',').slice(2, 8).join(','))).toEqual([
      'HAY-1,RECEIVE,,5,0,5',
      'HAY-1,ADJUST,DAMAGE,-1,5,4',
    ]);
    expect(lines[2]).toContain(`"'=cmd, ""torn"" bag",admin`);
    const today = new Date().toLocaleDateString('en-CA');
    expect(
      (await get(`/api/inventory/export?from=${today}&to=${today}`)).body.split('\r\n'),
    ).toHaveLength(5);
    expect((await get('/api/inventory/export?to=2000-01-01')).body.split('\r\n')).toHaveLength(2);
    expect((await get('/api/inventory/export?from=2026-11-20&to=2026-11-19')).statusCode).toBe(400);
    expect((await get('/api/inventory/export?sku=NOPE')).statusCode).toBe(404);
  });
});

describe('the ledger against the derived figures', () => {
  it('after random adjustments, counts, picks and shorts: on_hand is the ledger sum, available = on_hand − committed', async () => {
    seedOrders(
      st.ctx.db,
      Array.from({ length: 6 }, (_, n) => ({
        ext: String(n + 1),
        createdAt: `2026-11-19T1${n}:00:00Z`,
        lines: { 'HAY-1': 2, 'BED-1': 3 },
      })),
    );
    const picker = await st.userWithRole('picker');
    let s = 99;
    const next = (n: number) => (s = (s * 1103515245 + 12345) % 2 ** 31) % n;
    for (let i = 0; i < 50; i++) {
      const sku = next(2) ? 'HAY-1' : 'BED-1';
      const action = next(5);
      if (action === 0)
        await post(`/api/inventory/${sku}/adjust`, { type: 'FOUND', quantity_change: 1 + next(5) });
      else if (action === 1)
        await post(`/api/inventory/${sku}/adjust`, { type: 'LOSS', quantity_change: -1 - next(3) });
      else if (action === 2) await post(`/api/inventory/${sku}/count`, { counted: next(15) });
      else if (action === 3) await post('/api/pick', { sku, qty: 1 }, picker.access);
      else await post('/api/not-in-stock', { sku, qty: 1 }, picker.access);
      for (const it of [await item('HAY-1'), await item('BED-1')]) {
        const sum = st.ctx.db.$client
          .prepare(
            'select coalesce(sum(quantity_change), 0) as n from stock_movements where product_id = ?',
          )
          .get(idOf(it.sku)) as { n: number };
        const open = st.ctx.db.$client
          .prepare(
            "select coalesce(sum(qty_ordered - qty_short), 0) as n from order_items i join orders o on o.id = i.order_id where i.sku = ? and o.status in ('open', 'ready_to_pack', 'packed')",
          )
          .get(it.sku) as { n: number };
        expect(it.on_hand, `step ${i}`).toBe(sum.n);
        expect(it.committed, `step ${i}`).toBe(open.n);
        expect(it.available).toBe(it.on_hand - it.committed);
        expect(it.on_hand).toBeGreaterThanOrEqual(0);
      }
    }
  });
});
