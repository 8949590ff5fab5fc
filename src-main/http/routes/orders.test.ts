import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedReadyOrders } from '../../testing/packing-fixtures';
import { testStation, type TestStation } from '../../testing/test-station';

let st: TestStation;
let token: string;
beforeAll(async () => {
  st = await testStation();
  token = (await st.userWithRole('packer')).access;
});
afterAll(() => st.close());

const get = (url: string) => st.request('GET', url, { token });
const post = (url: string, body?: unknown) => st.request('POST', url, { token, body });
const count = (table: string) =>
  (st.ctx.db.$client.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;

let next = 100;
/** A fresh ready order with 2 × HAY-1, under its own number. */
async function readyOrder(): Promise<{ id: number; number: string }> {
  const ext = String(next++);
  const ids = await seedReadyOrders(st, [
    { ext, createdAt: '2026-11-19T10:00:00Z', lines: { 'HAY-1': 2 } },
  ]);
  return { id: ids.get(ext)!, number: `CC-${ext}` };
}

const label = { carrier: 'UPS', tracking_number: '1Z999AA10123456784' };

describe('packing over HTTP', () => {
  it('takes an order from the queue through scanning, packing and shipping', async () => {
    const { id, number } = await readyOrder();
    const queue = (await get('/api/orders/ready-to-pack')).json() as { id: number }[];
    expect(queue.map((o) => o.id)).toContain(id);
    expect((await get(`/api/orders/by-number/${number}`)).json()).toEqual({ id });

    const order = await get(`/api/orders/${id}`);
    expect(order.statusCode).toBe(200);
    expect(order.json()).toMatchObject({ id, number, status: 'ready_to_pack' });

    const scan = await post(`/api/orders/${id}/verify-scan`, { code: ' BC-HAY-1 ' });
    expect(scan.statusCode).toBe(200);
    expect(scan.json()).toEqual({
      order_id: id,
      item_id: expect.any(Number),
      sku: 'HAY-1',
      qty_verified: 1,
      qty_to_pack: 2,
      complete: false,
    });
    expect((await post(`/api/orders/${id}/mark-packed`)).json().error.code).toBe('not_verified');
    expect((await post(`/api/orders/${id}/verify-scan`, { code: 'HAY-1' })).json().complete).toBe(
      true,
    );
    const packed = await post(`/api/orders/${id}/mark-packed`);
    expect(packed.statusCode).toBe(200);
    expect(packed.json()).toMatchObject({ id, status: 'packed', pack_verified: true });

    const pending = (await get('/api/orders/pending-shipment')).json() as { id: number }[];
    expect(pending.map((o) => o.id)).toContain(id);
    const shipped = await post(`/api/orders/${id}/ship`, {
      carrier: ' USPS ',
      tracking_number: '9400 1000 00ab-12',
      weight_oz: 12.2,
      shipping_cost: 8.95,
    });
    expect(shipped.statusCode).toBe(200);
    expect(shipped.json()).toMatchObject({
      order_id: id,
      carrier: 'USPS',
      tracking_number: '9400100000AB-12',
      weight_oz: 13,
      shipping_cost: 8.95,
      channel_sync_status: 'skipped',
      channel_update: 'not_needed',
    });
    expect(
      ((await get('/api/orders/pending-shipment')).json() as { id: number }[]).map((o) => o.id),
    ).not.toContain(id);
    expect((await get(`/api/orders?status=shipped&q=${number}`)).json()).toMatchObject({
      orders: [{ id, status: 'shipped' }],
      total: 1,
      page: 1,
      page_size: 50,
    });
  });

  it('the same request_id sent 10 times at once ships once, and every answer is the same', async () => {
    const { id } = await readyOrder();
    await post(`/api/orders/${id}/mark-packed`, { skip_verification: true });
    const shipments = count('shipments');
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        post(`/api/orders/${id}/ship`, { ...label, request_id: 'same-ship' }),
      ),
    );
    expect(answers.map((r) => r.statusCode)).toEqual(Array(10).fill(200));
    expect(new Set(answers.map((r) => r.body)).size).toBe(1);
    expect(count('shipments')).toBe(shipments + 1);
  });

  it('ten different requests at once: one ships, the others hear it is already shipped', async () => {
    const { id } = await readyOrder();
    await post(`/api/orders/${id}/mark-packed`, { skip_verification: true });
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, n) =>
        post(`/api/orders/${id}/ship`, { ...label, request_id: `ship-${id}-${n}` }),
      ),
    );
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, ...Array(9).fill(409)]);
    expect(
      st.ctx.db.$client.prepare('select count(*) as n from shipments where order_id = ?').get(id),
    ).toEqual({ n: 1 });
  });

  it('the same mark-packed request_id at once packs once', async () => {
    const { id } = await readyOrder();
    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        post(`/api/orders/${id}/mark-packed`, { skip_verification: true, request_id: 'p' }),
      ),
    );
    expect(new Set(answers.map((r) => `${r.statusCode} ${r.body}`)).size).toBe(1);
    expect(
      st.ctx.db.$client
        .prepare("select count(*) as n from order_events where order_id = ? and type = 'packed'")
        .get(id),
    ).toEqual({ n: 1 });
  });

  it('answers 404 for an order id or number that does not exist', async () => {
    for (const res of [
      await get('/api/orders/999999'),
      await get('/api/orders/by-number/NOPE-1'),
      await post('/api/orders/999999/verify-scan', { code: 'HAY-1' }),
      await post('/api/orders/999999/verify-reset'),
      await post('/api/orders/999999/mark-packed'),
      await post('/api/orders/999999/ship', label),
    ]) {
      expect(res.statusCode, res.body).toBe(404);
      expect(res.json().error.code).toBe('order_not_found');
    }
  });

  it('is for packers: a picker gets 403', async () => {
    const picker = (await st.userWithRole('picker')).access;
    const res = await st.request('GET', '/api/orders/ready-to-pack', { token: picker });
    expect(res.statusCode).toBe(403);
  });
});

type Case = [method: 'GET' | 'POST' | 'PATCH', url: string, body: unknown, field: string];
const ship = (body: object) => ['POST', '/api/orders/1/ship', { ...label, ...body }] as const;

const BAD_INPUT: Case[] = [
  ['GET', '/api/orders?page=0', undefined, 'page'],
  ['GET', '/api/orders?page=two', undefined, 'page'],
  ['GET', '/api/orders?page_size=201', undefined, 'page_size'],
  ['GET', '/api/orders?status=lost', undefined, 'status'],
  ['GET', '/api/orders?channel=ebay', undefined, 'channel'],
  ['GET', `/api/orders?q=${'x'.repeat(101)}`, undefined, 'q'],
  ['GET', '/api/orders/abc', undefined, 'id'],
  ['GET', '/api/orders/0', undefined, 'id'],
  ['GET', '/api/orders/by-number/%20', undefined, 'number'],
  ['POST', '/api/orders/abc/verify-scan', { code: 'HAY-1' }, 'id'],
  ['POST', '/api/orders/1/verify-scan', {}, 'code'],
  ['POST', '/api/orders/1/verify-scan', { code: '  ' }, 'code'],
  ['POST', '/api/orders/1/verify-scan', { code: 42 }, 'code'],
  ['POST', '/api/orders/abc/verify-reset', undefined, 'id'],
  ['POST', '/api/orders/1.5/mark-packed', {}, 'id'],
  ['POST', '/api/orders/1/mark-packed', { skip_verification: 'yes' }, 'skip_verification'],
  ['POST', '/api/orders/1/mark-packed', { request_id: 'x'.repeat(65) }, 'request_id'],
  ['POST', '/api/orders/-1/ship', label, 'id'],
  [...ship({ carrier: '' }), 'carrier'],
  [...ship({ carrier: 'x'.repeat(41) }), 'carrier'],
  [...ship({ carrier: undefined }), 'carrier'],
  [...ship({ tracking_number: undefined }), 'tracking_number'],
  [...ship({ tracking_number: ' ' }), 'tracking_number'],
  [...ship({ tracking_number: '1Z#99' }), 'tracking_number'],
  [...ship({ tracking_number: '9'.repeat(65) }), 'tracking_number'],
  [...ship({ weight_oz: 0 }), 'weight_oz'],
  [...ship({ weight_oz: '12' }), 'weight_oz'],
  [...ship({ weight_oz: 5000 }), 'weight_oz'],
  [...ship({ shipping_cost: -1 }), 'shipping_cost'],
  [...ship({ shipping_cost: 8.955 }), 'shipping_cost'],
  [...ship({ shipping_cost: '8.95' }), 'shipping_cost'],
  [...ship({ request_id: '' }), 'request_id'],
  ['POST', '/api/orders/1/verify-scan', { code: 'HAY-1', qty: 0 }, 'qty'],
  ['POST', '/api/orders/1/verify-scan', { code: 'HAY-1', qty: 1.5 }, 'qty'],
  ['POST', '/api/orders/1/verify-scan', { code: 'HAY-1', manual: 'yes' }, 'manual'],
  ['PATCH', '/api/orders/1/shipments/abc', { carrier: 'UPS' }, 'shipment_id'],
  ['PATCH', '/api/orders/1/shipments/1', { tracking_number: '1Z#99' }, 'tracking_number'],
  ['PATCH', '/api/orders/1/shipments/1', { shipping_cost: 8.955 }, 'shipping_cost'],
  ['PATCH', '/api/orders/1/shipments/1', { status: 'ok' }, 'body'],
  ['POST', '/api/orders/1/shipments/0/void', undefined, 'shipment_id'],
];

describe('correcting at the desk over HTTP', () => {
  it('verifies units counted by hand, recording who; one unit too many is still 409', async () => {
    const { id } = await readyOrder();
    const counted = await post(`/api/orders/${id}/verify-scan`, {
      code: 'HAY-1',
      qty: 2,
      manual: true,
    });
    expect(counted.statusCode).toBe(200);
    expect(counted.json()).toMatchObject({ qty_verified: 2, complete: true });
    const extra = await post(`/api/orders/${id}/verify-scan`, { code: 'HAY-1', manual: true });
    expect(extra.statusCode).toBe(409);
    expect(extra.json().error.code).toBe('already_verified');
    const { events } = (await get(`/api/orders/${id}`)).json() as {
      events: { type: string; by: string; detail: unknown }[];
    };
    expect(events.filter((e) => e.type === 'verified_by_hand')).toEqual([
      expect.objectContaining({
        by: expect.stringMatching(/^packer/),
        detail: { sku: 'HAY-1', code: 'HAY-1', qty: 2 },
      }),
    ]);
  });

  it('edits a shipment and voids it: the order is back in the shipping list', async () => {
    const { id } = await readyOrder();
    await post(`/api/orders/${id}/verify-scan`, { code: 'HAY-1', qty: 2 });
    await post(`/api/orders/${id}/mark-packed`);
    const shipment = (await post(`/api/orders/${id}/ship`, { ...label, carrier: 'USPS' })).json();
    expect(shipment).toMatchObject({ carrier: 'USPS', carrier_detected: 'UPS' });

    const edited = await st.request('PATCH', `/api/orders/${id}/shipments/${shipment.id}`, {
      token,
      body: { carrier: 'UPS', weight_oz: 9.5, shipping_cost: null },
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ id: shipment.id, carrier: 'UPS', weight_oz: 10 });

    const voided = await post(`/api/orders/${id}/shipments/${shipment.id}/void`);
    expect(voided.statusCode).toBe(200);
    expect(voided.json()).toMatchObject({ id: shipment.id, voided_at: expect.any(String) });
    expect((await get(`/api/orders/${id}`)).json()).toMatchObject({ status: 'packed' });
    const pending = (await get('/api/orders/pending-shipment')).json() as { id: number }[];
    expect(pending.map((o) => o.id)).toContain(id);

    const again = await post(`/api/orders/${id}/shipments/${shipment.id}/void`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('shipment_voided');
    const elsewhere = await post(`/api/orders/${id + 1000}/shipments/${shipment.id}/void`);
    expect(elsewhere.statusCode).toBe(404);
  });
});

describe('bad input', () => {
  it.each(BAD_INPUT)('%s %s %j → 400 naming %s', async (method, url, body, field) => {
    const before = count('shipments') + count('order_events');
    const res = await st.request(method, url, { token, body });
    expect(res.statusCode, res.body).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('invalid_input');
    expect(error.details.field).toBe(field);
    expect(error.message).toContain(`"${field}"`);
    expect(count('shipments') + count('order_events')).toBe(before);
  });
});
