import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedOrders } from '../../testing/fixtures';
import { testStation, type TestStation } from '../../testing/test-station';

let st: TestStation;
let picker: string;

beforeAll(async () => {
  st = await testStation();
  const product = st.ctx.db.$client.prepare(
    'insert into products (sku, title, barcode, bin_location) values (?, ?, ?, ?)',
  );
  // An EAN-13 with its leading zero; and a barcode that is another product's SKU.
  product.run('HAY-1', 'Hay', '0860001234562', 'A-1');
  product.run('HAY-2', 'More hay', null, 'A-2');
  product.run('BED-1', 'Bed', 'HAY-2', 'A-3');
  seedOrders(st.ctx.db, [
    {
      ext: '1',
      createdAt: '2026-11-19T10:00:00Z',
      lines: { 'HAY-1': 10, 'HAY-2': 10, 'BED-1': 10 },
    },
  ]);
  picker = (await st.userWithRole('picker')).access;
});
afterAll(() => st.close());

const post = (path: string, body: object) => st.request('POST', path, { token: picker, body });

describe('POST /api/pick reads a code as POST /api/scan does', () => {
  it.each([
    ['hay-1', 'HAY-1', 'a SKU in another case'],
    ['860001234562', 'HAY-1', 'a barcode without its leading zero'],
    ['00860001234562', 'HAY-1', 'a barcode with one zero too many'],
    ['0860001234562', 'HAY-1', 'a barcode instead of the SKU'],
    ['HAY-2', 'BED-1', "a barcode beats another product's SKU"],
    ['\u0002HAY-1\r', 'HAY-1', 'a gun’s control characters around the code'],
  ])('%j picks %s (%s)', async (code, sku) => {
    const scanned = await post('/api/scan', { code, action: 'lookup' });
    expect(scanned.json()).toMatchObject({ kind: 'product', product: { sku } });
    const picked = await post('/api/pick', { sku: code, qty: 1 });
    expect(picked.statusCode, picked.body).toBe(200);
    expect(picked.json()).toMatchObject({ sku, qty: 1 });
  });

  it("a scan's pick picks the product the scan resolved, though its SKU is another's barcode", async () => {
    const res = await post('/api/scan', { code: 'hay-2', action: 'pick' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ product: { sku: 'HAY-2' }, pick: { sku: 'HAY-2' } });
  });

  it('marks the same product short as it would pick', async () => {
    const res = await post('/api/not-in-stock', { sku: '860001234562', qty: 1 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ sku: 'HAY-1', qty_short: 1 });
  });

  it('answers a code that is no product with 404 unknown_sku, as before', async () => {
    const res = await post('/api/pick', { sku: 'NOPE-1', qty: 1 });
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatchObject({ code: 'unknown_sku', details: { sku: 'NOPE-1' } });
  });
});
