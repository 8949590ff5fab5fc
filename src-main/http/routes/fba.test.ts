import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StationEvent } from '../../contract/events';
import type { FbaShipment } from '../../contract/fba';
import type { InventoryItem } from '../../contract/inventory';
import { pdfFile } from '../../testing/pdf-tools';
import { catalogStation } from '../../testing/catalog-station';
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
const put = (id: number, body: object) =>
  st.request('PUT', `/api/fba-shipments/${id}`, { token, body });

const asItems = (items: Record<string, number>) =>
  Object.entries(items).map(([sku, quantity]) => ({ sku, quantity }));

async function plan(items: Record<string, number> = { 'HAY-1': 5, 'BED-2': 2 }, name?: string) {
  const res = await post('/api/fba-shipments', { ...(name && { name }), items: asItems(items) });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as FbaShipment;
}

async function moveTo(id: number, ...steps: string[]): Promise<FbaShipment> {
  let last!: FbaShipment;
  for (const status of steps) {
    const res = await put(id, { status });
    expect(res.statusCode, `${status}: ${res.body}`).toBe(200);
    last = res.json();
  }
  return last;
}

async function stockUp(sku: string, quantity: number) {
  const res = await post(`/api/inventory/${sku}/count`, { counted: quantity });
  expect(res.statusCode, res.body).toBe(200);
}

const onHand = async (sku: string) => {
  const res = await get(`/api/inventory?q=${sku}`);
  return (res.json().items as InventoryItem[]).find((i) => i.sku === sku)!.on_hand;
};

describe('GET/POST /api/fba-shipments', () => {
  it('creates a DRAFT plan, names it from its id when unnamed, and lists newest first', async () => {
    const first = await plan();
    expect(first).toMatchObject({
      name: `FBA-${String(first.id).padStart(6, '0')}`,
      status: 'DRAFT',
      amazon_shipment_id: null,
      shipped_at: null,
      items: [
        { sku: 'HAY-1', quantity: 5, quantity_received: 0 },
        { sku: 'BED-2', quantity: 2, quantity_received: 0 },
      ],
    });
    const second = await plan({ 'BED-2': 1 }, 'December restock');
    expect(second.name).toBe('December restock');

    const list = await get('/api/fba-shipments');
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({ total: 2, page: 1 });
    expect(list.json().items.map((p: { id: number }) => p.id)).toEqual([second.id, first.id]);
    expect(list.json().items[1]).toMatchObject({ item_count: 2, units: 7 });

    const cancelled = await get('/api/fba-shipments?status=CANCELLED');
    expect(cancelled.json()).toMatchObject({ items: [], total: 0 });
    expect((await get(`/api/fba-shipments/${first.id}`)).json()).toEqual(first);
  });

  it('refuses an unknown SKU, a SKU twice, an unknown plan and anyone but an admin', async () => {
    const unknown = await post('/api/fba-shipments', { items: asItems({ 'NOPE-9': 1 }) });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error).toMatchObject({ code: 'unknown_sku', details: { sku: 'NOPE-9' } });
    const twice = await post('/api/fba-shipments', {
      items: [
        { sku: 'HAY-1', quantity: 1 },
        { sku: 'HAY-1', quantity: 2 },
      ],
    });
    expect(twice.statusCode).toBe(400);
    expect((await get('/api/fba-shipments/999')).statusCode).toBe(404);
    expect((await put(999, { status: 'SUBMITTED' })).json().error.code).toBe(
      'unknown_fba_shipment',
    );
    const packer = await st.userWithRole('packer');
    expect((await get('/api/fba-shipments', packer.access)).statusCode).toBe(403);
    expect(
      (await post('/api/fba-shipments', { items: asItems({ 'HAY-1': 1 }) }, packer.access))
        .statusCode,
    ).toBe(403);
  });
});

describe('PUT /api/fba-shipments/{id}', () => {
  it('replaces name and items while DRAFT only', async () => {
    const draft = await plan();
    const edited = await put(draft.id, { name: 'Renamed', items: asItems({ 'BED-2': 3 }) });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({
      name: 'Renamed',
      status: 'DRAFT',
      items: [{ sku: 'BED-2', quantity: 3 }],
    });
    await moveTo(draft.id, 'SUBMITTED');
    const late = await put(draft.id, { items: asItems({ 'HAY-1': 1 }) });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('not_draft');
    expect((await put(draft.id, {})).statusCode).toBe(400);
  });

  it('moves one step at a time, cancels only before shipping, and refuses other moves', async () => {
    await stockUp('HAY-1', 10);
    await stockUp('BED-2', 10);
    const cases: [string[], string, number][] = [
      [[], 'IN_TRANSIT', 409],
      [[], 'RECEIVED', 409],
      [[], 'CANCELLED', 200],
      [['SUBMITTED'], 'CANCELLED', 200],
      [['SUBMITTED'], 'DRAFT', 409],
      [['SUBMITTED', 'IN_TRANSIT'], 'CANCELLED', 409],
      [['SUBMITTED', 'IN_TRANSIT'], 'RECEIVED', 200],
      [['SUBMITTED', 'IN_TRANSIT', 'RECEIVED'], 'CANCELLED', 409],
      [['CANCELLED'], 'DRAFT', 409],
    ];
    for (const [before, to, code] of cases) {
      const { id } = await plan({ 'HAY-1': 1 });
      await moveTo(id, ...before);
      const res = await put(id, { status: to });
      expect(res.statusCode, `${before.join('→')} → ${to}: ${res.body}`).toBe(code);
      if (code === 409) expect(res.json().error.code).toBe('invalid_transition');
    }
  });

  it('takes the items off the ledger when the plan ships, in one write, and tells screens', async () => {
    await stockUp('HAY-1', 8);
    await stockUp('BED-2', 3);
    const { id, name } = await moveTo((await plan()).id, 'SUBMITTED');
    const events: StationEvent[] = [];
    const off = st.ctx.bus.subscribe((e) => events.push(e));
    const shipped = await moveTo(id, 'IN_TRANSIT');
    off();
    expect(shipped.status).toBe('IN_TRANSIT');
    expect(shipped.shipped_at).not.toBeNull();
    expect(await onHand('HAY-1')).toBe(3);
    expect(await onHand('BED-2')).toBe(1);
    expect(events).toEqual([
      { type: 'stock', data: { sku: 'HAY-1', on_hand: 3, by: 'admin' } },
      { type: 'stock', data: { sku: 'BED-2', on_hand: 1, by: 'admin' } },
    ]);
    expect(
      st.ctx.db.$client
        .prepare(
          `select type, quantity_change, reference_type, reference_id, note from stock_movements
            where reference_type = 'fba_shipment' order by id`,
        )
        .all(),
    ).toEqual([
      {
        type: 'SHIP',
        quantity_change: -5,
        reference_type: 'fba_shipment',
        reference_id: id,
        note: name,
      },
      {
        type: 'SHIP',
        quantity_change: -2,
        reference_type: 'fba_shipment',
        reference_id: id,
        note: name,
      },
    ]);
    // Received at Amazon: the stock already left, nothing moves again.
    await moveTo(id, 'RECEIVED');
    expect(await onHand('HAY-1')).toBe(3);
  });

  it('refuses to ship more than is on hand, naming the SKUs, and moves nothing', async () => {
    await stockUp('HAY-1', 8);
    await stockUp('BED-2', 1);
    const { id } = await moveTo((await plan()).id, 'SUBMITTED');
    const res = await put(id, { status: 'IN_TRANSIT' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({
      code: 'short_stock',
      details: { items: [{ sku: 'BED-2', quantity: 2, on_hand: 1 }] },
    });
    expect(res.json().error.message).toContain('BED-2');
    expect(res.json().error.message).not.toContain('HAY-1');
    expect((await get(`/api/fba-shipments/${id}`)).json().status).toBe('SUBMITTED');
    expect(await onHand('HAY-1')).toBe(8);
  });
});

describe('GET /api/fba-shipments/{id}/labels', () => {
  it('is a 4×6 label per item: ship-from, the plan, the SKU barcode and the units', async () => {
    await st.request('PUT', '/api/admin/settings', {
      token,
      body: { seller: { name: 'Hay Day Pets', address: '400 Barn Road' } },
    });
    const { id } = await plan({ 'HAY-1': 5, 'BED-2': 2 }, 'December restock');
    const res = await get(`/api/fba-shipments/${id}/labels`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      'inline; filename="fba-labels-December_restock.pdf"',
    );
    const pdf = pdfFile(res.rawPayload);
    try {
      expect(pdf.info()).toMatchObject({ pages: 2, width: 288, height: 432 });
      const first = pdf.text(1).replace(/\s+/g, ' ');
      for (const expected of ['Hay Day Pets', '400 Barn Road', 'December restock', 'HAY-1', '5']) {
        expect(first).toContain(expected);
      }
      expect(pdf.text(2)).toContain('BED-2');
      expect(pdf.barcodes(1)).toEqual(['HAY-1']);
      expect(pdf.barcodes(2)).toEqual(['BED-2']);
    } finally {
      pdf.remove();
    }
    expect((await get('/api/fba-shipments/999/labels')).statusCode).toBe(404);
  });
});
