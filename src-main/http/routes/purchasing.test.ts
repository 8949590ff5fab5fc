import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StationEvent } from '../../contract/events';
import type { InventoryItem } from '../../contract/inventory';
import type { PurchaseOrder } from '../../contract/purchasing';
import { pdfFile } from '../../testing/pdf-tools';
import { catalogStation } from '../../testing/catalog-station';
import { seedOrders } from '../../testing/fixtures';
import type { TestStation } from '../../testing/test-station';

let st: TestStation;
let token: string;

beforeEach(async () => {
  st = await catalogStation();
  token = st.admin.access;
});
afterEach(() => st.close());

const get = (url: string, as = token) => st.request('GET', url, { token: as });
const post = (url: string, body: object, as = token) =>
  st.request('POST', url, { token: as, body });
const put = (url: string, body: object) => st.request('PUT', url, { token, body });

async function supplier(body: object = { name: 'Hay Co', lead_time_days: 10 }): Promise<number> {
  const res = await post('/api/suppliers', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

async function purchaseOrder(
  lines: Record<string, number> = { 'HAY-1': 10, 'BED-2': 4 },
  status = 'DRAFT',
): Promise<PurchaseOrder> {
  const res = await post('/api/purchase-orders', {
    supplier_id: await supplier(),
    lines: Object.entries(lines).map(([sku, quantity]) => ({ sku, quantity, unit_cost: 2.5 })),
  });
  expect(res.statusCode, res.body).toBe(201);
  let order = res.json() as PurchaseOrder;
  for (const next of ['SENT', 'CONFIRMED', 'IN_TRANSIT'].slice(
    0,
    ['DRAFT', 'SENT', 'CONFIRMED', 'IN_TRANSIT'].indexOf(status),
  )) {
    order = (await put(`/api/purchase-orders/${order.id}`, { status: next })).json();
  }
  return order;
}

const receive = (id: number, lines: Record<string, number>, allowOver?: boolean) =>
  post(`/api/purchase-orders/${id}/receive`, {
    lines: Object.entries(lines).map(([sku, quantity]) => ({ sku, quantity })),
    ...(allowOver !== undefined && { allow_over: allowOver }),
  });

const stock = async (sku: string): Promise<InventoryItem> => {
  const res = await get(`/api/inventory?q=${sku}`);
  return (res.json().items as InventoryItem[]).find((i) => i.sku === sku)!;
};

const received = (order: PurchaseOrder) =>
  Object.fromEntries(order.lines.map((l) => [l.sku, l.quantity_received]));

describe('suppliers', () => {
  it('creates, lists by name and updates; "" clears, 404 for an unknown one', async () => {
    const res = await post('/api/suppliers', {
      name: 'Zebra Bedding',
      email: '',
      phone: '+1 555 0100',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      name: 'Zebra Bedding',
      email: null,
      phone: '+1 555 0100',
      lead_time_days: null,
    });
    await supplier({ name: 'acme hay', email: 'orders@acme.example', lead_time_days: 7 });
    expect((await get('/api/suppliers')).json().map((s: { name: string }) => s.name)).toEqual([
      'acme hay',
      'Zebra Bedding',
    ]);
    const id = res.json().id;
    const changed = await put(`/api/suppliers/${id}`, { lead_time_days: 21, phone: '' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({
      name: 'Zebra Bedding',
      lead_time_days: 21,
      phone: null,
    });
    const unknown = await put('/api/suppliers/999', { name: 'X' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('unknown_supplier');
  });

  it('is for admins only', async () => {
    const packer = await st.userWithRole('packer');
    expect((await get('/api/suppliers', packer.access)).statusCode).toBe(403);
    expect((await get('/api/purchase-orders', packer.access)).statusCode).toBe(403);
  });
});

describe('creating and reading purchase orders', () => {
  it('answers a DRAFT with a PO- number, lines in currency units and the total', async () => {
    const supplierId = await supplier();
    const res = await post('/api/purchase-orders', {
      supplier_id: supplierId,
      expected_delivery: '2026-12-24',
      lines: [
        { sku: 'HAY-1', quantity: 10, unit_cost: 12.95 },
        { sku: 'BED-2', quantity: 3, unit_cost: 0.1 },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    const order = res.json() as PurchaseOrder;
    expect(order).toMatchObject({
      po_number: `PO-${String(order.id).padStart(6, '0')}`,
      status: 'DRAFT',
      expected_delivery: '2026-12-24',
      created_by: 'admin',
      supplier: { id: supplierId, name: 'Hay Co' },
      total: 129.8,
      lines: [
        {
          sku: 'HAY-1',
          title: 'Product HAY-1',
          quantity_ordered: 10,
          quantity_received: 0,
          unit_cost: 12.95,
          line_total: 129.5,
        },
        { sku: 'BED-2', quantity_ordered: 3, unit_cost: 0.1, line_total: 0.3 },
      ],
    });
    expect(
      st.ctx.db.$client
        .prepare('select unit_cost_cents from purchase_order_lines order by id')
        .all(),
    ).toEqual([{ unit_cost_cents: 1295 }, { unit_cost_cents: 10 }]);
    expect((await get(`/api/purchase-orders/${order.id}`)).json()).toEqual(order);
  });

  it('refuses an unknown supplier or SKU (404) and a SKU twice (400), creating nothing', async () => {
    const supplierId = await supplier();
    const line = { sku: 'HAY-1', quantity: 1, unit_cost: 1 };
    const noSupplier = await post('/api/purchase-orders', { supplier_id: 99, lines: [line] });
    expect(noSupplier.statusCode).toBe(404);
    expect(noSupplier.json().error.code).toBe('unknown_supplier');
    const noSku = await post('/api/purchase-orders', {
      supplier_id: supplierId,
      lines: [line, { ...line, sku: 'NOPE' }],
    });
    expect(noSku.statusCode).toBe(404);
    expect(noSku.json().error).toMatchObject({
      code: 'unknown_sku',
      details: { sku: 'NOPE', field: 'lines.1.sku' },
    });
    const twice = await post('/api/purchase-orders', {
      supplier_id: supplierId,
      lines: [line, line],
    });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().error.details.field).toBe('lines.1.sku');
    const cents = await post('/api/purchase-orders', {
      supplier_id: supplierId,
      lines: [{ ...line, unit_cost: 1.005 }],
    });
    expect(cents.statusCode).toBe(400);
    expect((await get('/api/purchase-orders')).json().total).toBe(0);
    expect((await get('/api/purchase-orders/1')).statusCode).toBe(404);
  });

  it('lists newest first with counts, by status and supplier', async () => {
    const first = await purchaseOrder({ 'HAY-1': 10, 'BED-2': 4 }, 'SENT');
    const second = await purchaseOrder({ 'HAY-1': 1 });
    const all = (await get('/api/purchase-orders')).json();
    expect(all.total).toBe(2);
    expect(all.items.map((o: PurchaseOrder) => o.id)).toEqual([second.id, first.id]);
    expect(all.items[1]).toMatchObject({
      po_number: first.po_number,
      status: 'SENT',
      supplier_name: 'Hay Co',
      line_count: 2,
      units_ordered: 14,
      units_received: 0,
      total: 35,
    });
    const sent = (await get('/api/purchase-orders?status=SENT')).json();
    expect(sent.items.map((o: PurchaseOrder) => o.id)).toEqual([first.id]);
    const bySupplier = (await get(`/api/purchase-orders?supplier_id=${second.supplier.id}`)).json();
    expect(bySupplier.items.map((o: PurchaseOrder) => o.id)).toEqual([second.id]);
  });
});

describe('PUT /api/purchase-orders/{id}', () => {
  it('moves one step at a time to RECEIVED and refuses every other move with a sentence', async () => {
    const { id, po_number } = await purchaseOrder();
    const move = (status: string) => put(`/api/purchase-orders/${id}`, { status });
    const skip = await move('CONFIRMED');
    expect(skip.statusCode).toBe(409);
    expect(skip.json().error).toMatchObject({
      code: 'invalid_transition',
      message: `${po_number} is DRAFT: it can move to SENT or CANCELLED, not to CONFIRMED.`,
    });
    for (const status of ['SENT', 'CONFIRMED', 'IN_TRANSIT', 'RECEIVED']) {
      const res = await move(status);
      expect(res.statusCode, status).toBe(200);
      expect(res.json().status).toBe(status);
    }
    const closed = await move('CANCELLED');
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.message).toBe(
      `${po_number} is RECEIVED and cannot change any more.`,
    );
    expect((await put('/api/purchase-orders/999', { status: 'SENT' })).statusCode).toBe(404);
  });

  it('cancels from any open state, and a cancelled order stays cancelled', async () => {
    for (const from of ['DRAFT', 'SENT', 'CONFIRMED', 'IN_TRANSIT']) {
      const { id } = await purchaseOrder({ 'HAY-1': 1 }, from);
      const res = await put(`/api/purchase-orders/${id}`, { status: 'CANCELLED' });
      expect(res.statusCode, from).toBe(200);
      expect((await put(`/api/purchase-orders/${id}`, { status: 'SENT' })).statusCode).toBe(409);
    }
  });
});

describe('POST /api/purchase-orders/{id}/receive', () => {
  it('books partial receipts through the ledger, tells screens, and closes the order when all arrived', async () => {
    const order = await purchaseOrder({ 'HAY-1': 10, 'BED-2': 4 }, 'SENT');
    const events: StationEvent[] = [];
    const off = st.ctx.bus.subscribe((e) => events.push(e));
    const first = await receive(order.id, { 'HAY-1': 6 });
    off();
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().status).toBe('SENT');
    expect(received(first.json())).toEqual({ 'HAY-1': 6, 'BED-2': 0 });
    expect(events).toEqual([{ type: 'stock', data: { sku: 'HAY-1', on_hand: 6, by: 'admin' } }]);
    expect(
      st.ctx.db.$client
        .prepare(
          'select type, quantity_change, reference_type, reference_id, note, user_id from stock_movements',
        )
        .all(),
    ).toEqual([
      {
        type: 'RECEIVE',
        quantity_change: 6,
        reference_type: 'purchase_order',
        reference_id: order.id,
        note: order.po_number,
        user_id: 1,
      },
    ]);

    // A scanned barcode names its product; two scans of one SKU add up.
    const rest = await post(`/api/purchase-orders/${order.id}/receive`, {
      lines: [
        { sku: 'HAY-1', quantity: 2 },
        { sku: 'BC-HAY-1', quantity: 2 },
        { sku: 'BED-2', quantity: 4 },
      ],
    });
    expect(rest.statusCode, rest.body).toBe(200);
    expect(rest.json().status).toBe('RECEIVED');
    expect(received(rest.json())).toEqual({ 'HAY-1': 10, 'BED-2': 4 });
    expect((await stock('HAY-1')).on_hand).toBe(10);
    expect((await stock('BED-2')).on_hand).toBe(4);

    const again = await receive(order.id, { 'HAY-1': 1 });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('cannot_receive');
  });

  it('refuses an over-receipt unless allowed, and books nothing of a refused receipt', async () => {
    const order = await purchaseOrder({ 'HAY-1': 10, 'BED-2': 4 }, 'IN_TRANSIT');
    await receive(order.id, { 'HAY-1': 8 });
    const over = await receive(order.id, { 'BED-2': 1, 'HAY-1': 5 });
    expect(over.statusCode).toBe(409);
    expect(over.json().error).toEqual({
      code: 'over_receipt',
      message: `${order.po_number} ordered 10 of HAY-1 and 8 have arrived, so 5 more would be 3 too many. Confirm the over-receipt to book them anyway.`,
      details: { sku: 'HAY-1', quantity_ordered: 10, quantity_received: 8, quantity: 5 },
    });
    expect((await stock('BED-2')).on_hand).toBe(0);
    const unknown = await receive(order.id, { 'HAY-1': 1, 'CAT-9': 1 });
    expect(unknown.statusCode).toBe(409);
    expect(unknown.json().error).toMatchObject({ code: 'not_on_order', details: { sku: 'CAT-9' } });

    const allowed = await receive(order.id, { 'HAY-1': 5 }, true);
    expect(allowed.statusCode).toBe(200);
    expect(received(allowed.json())).toEqual({ 'HAY-1': 13, 'BED-2': 0 });
    expect(allowed.json().status).toBe('IN_TRANSIT');
    expect((await stock('HAY-1')).on_hand).toBe(13);
  });

  it('refuses a DRAFT, a CANCELLED and an unknown order', async () => {
    const draft = await purchaseOrder({ 'HAY-1': 1 });
    const res = await receive(draft.id, { 'HAY-1': 1 });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toBe(
      `${draft.po_number} is still a draft: send it to the supplier first, so nothing can be received on it.`,
    );
    await put(`/api/purchase-orders/${draft.id}`, { status: 'CANCELLED' });
    expect((await receive(draft.id, { 'HAY-1': 1 })).json().error.code).toBe('cannot_receive');
    expect((await receive(999, { 'HAY-1': 1 })).statusCode).toBe(404);
    expect(st.ctx.db.$client.prepare('select count(*) as n from stock_movements').get()).toEqual({
      n: 0,
    });
  });

  it('loses nothing when many receipts arrive at once over HTTP', async () => {
    const order = await purchaseOrder({ 'HAY-1': 30 }, 'SENT');
    const base = await st.listen();
    const answers = await Promise.all(
      Array.from({ length: 30 }, () =>
        fetch(`${base}/api/purchase-orders/${order.id}/receive`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ lines: [{ sku: 'HAY-1', quantity: 1 }] }),
        }),
      ),
    );
    expect(answers.map((r) => r.status)).toEqual(Array(30).fill(200));
    const after = (await get(`/api/purchase-orders/${order.id}`)).json() as PurchaseOrder;
    expect(after).toMatchObject({ status: 'RECEIVED', lines: [{ quantity_received: 30 }] });
    expect((await stock('HAY-1')).on_hand).toBe(30);
  });
});

describe('incoming', () => {
  it('counts the open lines of a SENT order until they are received or the order is cancelled', async () => {
    const order = await purchaseOrder({ 'HAY-1': 10, 'BED-2': 4 }, 'SENT');
    expect((await stock('HAY-1')).incoming).toBe(10);
    await receive(order.id, { 'HAY-1': 7 });
    expect((await stock('HAY-1')).incoming).toBe(3);
    expect((await stock('HAY-1')).on_hand).toBe(7);
    await receive(order.id, { 'HAY-1': 3, 'BED-2': 4 });
    expect((await stock('HAY-1')).incoming).toBe(0);
    expect((await stock('BED-2')).incoming).toBe(0);

    const cancelled = await purchaseOrder({ 'BED-2': 6 }, 'CONFIRMED');
    expect((await stock('BED-2')).incoming).toBe(6);
    await put(`/api/purchase-orders/${cancelled.id}`, { status: 'CANCELLED' });
    expect((await stock('BED-2')).incoming).toBe(0);
  });
});

describe('GET /api/purchase-orders/{id}/pdf', () => {
  it('is the order on a page: supplier, lines and the total', async () => {
    await put('/api/admin/settings', {
      seller: { name: 'Hay Day Pets', address: '400 Barn Road' },
    });
    const supplierId = await supplier({
      name: 'Acme Hay',
      email: 'orders@acme.example',
      phone: '+1 555 0100',
    });
    const created = await post('/api/purchase-orders', {
      supplier_id: supplierId,
      expected_delivery: '2026-12-24',
      notes: 'Deliver to the back door',
      lines: [
        { sku: 'HAY-1', quantity: 1200, unit_cost: 12.95 },
        { sku: 'BED-2', quantity: 3, unit_cost: 0.1 },
      ],
    });
    const order = created.json() as PurchaseOrder;
    const res = await get(`/api/purchase-orders/${order.id}/pdf?size=a4`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`inline; filename="${order.po_number}.pdf"`);
    const pdf = pdfFile(res.rawPayload);
    try {
      expect(pdf.info()).toMatchObject({ pages: 1, width: 595.28 });
      const text = pdf.text().replace(/\s+/g, ' ');
      for (const expected of [
        'PURCHASE ORDER',
        order.po_number,
        'DRAFT',
        'Hay Day Pets',
        '400 Barn Road',
        'Acme Hay',
        'orders@acme.example',
        'Dec 24, 2026',
        'HAY-1 Product HAY-1 1,200 12.95 15,540.00',
        'BED-2 Product BED-2 3 0.10 0.30',
        'Total 1,203 15,540.30',
        'Deliver to the back door',
      ]) {
        expect(text).toContain(expected);
      }
    } finally {
      pdf.remove();
    }
    expect((await get('/api/purchase-orders/999/pdf')).statusCode).toBe(404);
  });
});

describe('GET /api/purchase-orders/suggest', () => {
  it('proposes low SKUs: max(reorder_qty, sales over the lead time + reorder point − available)', async () => {
    const day = (ago: number) => new Date(Date.now() - ago * 86_400_000).toISOString();
    // HAY-1 sold 30 in the last 30 days (the cancelled and older orders do not count).
    seedOrders(st.ctx.db, [
      { ext: '10', createdAt: day(2), lines: { 'HAY-1': 20 }, status: 'shipped' },
      { ext: '11', createdAt: day(20), lines: { 'HAY-1': 10 } },
      { ext: '12', createdAt: day(40), lines: { 'HAY-1': 99 }, status: 'shipped' },
      { ext: '13', createdAt: day(3), lines: { 'HAY-1': 7 }, channel: 'amazon_fba' },
      { ext: '14', createdAt: day(1), lines: { 'CAT-3': 1 } },
    ]);
    const sql = st.ctx.db.$client;
    sql
      .prepare("update products set reorder_point = 5, reorder_qty = 12 where sku = 'HAY-1'")
      .run();
    sql
      .prepare("update products set reorder_point = 2, reorder_qty = 25 where sku = 'BED-2'")
      .run();
    sql.prepare("update products set cost_cents = 395 where sku = 'BED-2'").run();
    // CAT-3 stands above its reorder point once stocked.
    sql.prepare("update products set reorder_point = 0 where sku = 'CAT-3'").run();
    const cat = await purchaseOrder({ 'CAT-3': 5 }, 'SENT');
    await receive(cat.id, { 'CAT-3': 5 });

    const supplierId = await supplier({ name: 'Slow Hay', lead_time_days: 15 });
    const res = await get(`/api/purchase-orders/suggest?supplier_id=${supplierId}`);
    expect(res.statusCode, res.body).toBe(200);
    // HAY-1: available = 0 − 10 committed (order 11) = −10; 30 sold × 15/30 = 15; 15 + 5 + 10 = 30.
    // BED-2: nothing sold, available 0: 0 + 2 − 0 = 2, below its reorder_qty of 25.
    expect(res.json()).toEqual({
      supplier_id: supplierId,
      lead_time_days: 15,
      lead_time_assumed: false,
      lines: [
        {
          sku: 'BED-2',
          title: 'Product BED-2',
          available: 0,
          incoming: 0,
          reorder_point: 2,
          reorder_qty: 25,
          sold: 0,
          quantity: 25,
          unit_cost: 3.95,
        },
        {
          sku: 'HAY-1',
          title: 'Product HAY-1',
          available: -10,
          incoming: 0,
          reorder_point: 5,
          reorder_qty: 12,
          sold: 30,
          quantity: 30,
          unit_cost: null,
        },
      ],
    });

    const unknownLead = await supplier({ name: 'New Hay' });
    const assumed = (await get(`/api/purchase-orders/suggest?supplier_id=${unknownLead}`)).json();
    expect(assumed).toMatchObject({ lead_time_days: 14, lead_time_assumed: true });
    expect(assumed.lines[1]).toMatchObject({ sku: 'HAY-1', quantity: 14 + 5 + 10 });
    expect((await get('/api/purchase-orders/suggest?supplier_id=999')).statusCode).toBe(404);
  });
});
