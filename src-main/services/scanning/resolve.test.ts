import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testStation, type TestStation } from '../../testing/test-station';
import type { ScanResolution } from '../../contract/scanning';
import { resolveScan } from './resolve';

let st: TestStation;
const ids: Record<string, number> = {};

beforeAll(async () => {
  st = await testStation();
  const db = st.ctx.db.$client;
  const product = db.prepare(
    'insert into products (sku, title, barcode, bin_location) values (?, ?, ?, ?) returning id',
  );
  for (const [sku, barcode, bin] of [
    ['HAY-1', '0860001234562', 'A-1'],
    ['HAY-2', '860001234579', 'A-1'],
    // Its barcode is also an order number, its SKU also a bin and another product's barcode.
    ['B-7', '1001', 'B-7'],
    ['BED-1', 'HAY-2', 'A-2'],
    ['TREAT-1', null, 'shelf-9'],
    // Its SKU is bin A-1 ignoring case.
    ['a-1', null, 'C-1'],
  ] as const) {
    ids[sku] = (product.get(sku, `Product ${sku}`, barcode, bin) as { id: number }).id;
  }
  const order = db.prepare(
    `insert into orders (channel, external_order_id, number, status, created_at)
     values (?, ?, ?, ?, '2026-11-20T10:00:00.000Z') returning id`,
  );
  ids.order1001 = (order.get('storefront', 'x1', '1001', 'open') as { id: number }).id;
  ids.orderCC = (order.get('storefront', 'x2', 'CC-2002', 'ready_to_pack') as { id: number }).id;
  // A storefront may give two orders one number; a scan must not guess between them.
  order.run('storefront', 'x3', 'CC-3003', 'open');
  order.run('storefront', 'x4', 'CC-3003', 'ready_to_pack');
});
afterAll(() => st.close());

const resolve = (code: string, kinds?: Parameters<typeof resolveScan>[2]) =>
  resolveScan(st.ctx.db, code, kinds);

/** A short form of a resolution, so the table reads as one line per rule. */
function short(r: ScanResolution): string {
  switch (r.kind) {
    case 'order':
      return `order ${r.order.number}`;
    case 'product':
      return `${r.match} ${r.product.sku}`;
    case 'bin':
      return `bin ${r.bin}: ${r.products.map((p) => p.sku).join(',')}`;
    case 'ambiguous':
      return `ambiguous ${r.number}: ${r.orders.map((o) => o.status).join(',')}`;
    case 'unknown':
      return `unknown "${r.code}"`;
  }
}

describe('resolveScan', () => {
  it.each([
    ['1001', 'order 1001', 'an order number beats the barcode of the same text'],
    ['CC-2002', 'order CC-2002', 'a packing slip opens its order'],
    ['0860001234562', 'barcode HAY-1', 'a product barcode'],
    ['HAY-2', 'barcode BED-1', "a barcode beats another product's SKU"],
    ['B-7', 'sku B-7', 'a SKU beats the bin of the same name'],
    ['HAY-1', 'sku HAY-1', 'a SKU'],
    [
      'A-1',
      'bin A-1: HAY-1,HAY-2',
      'a bin lists its products by SKU; exact beats a SKU ignoring case',
    ],
    ['a-1', 'sku a-1', 'a SKU exactly'],
    ['860001234562', 'barcode HAY-1', 'a UPC-A finds its EAN-13 with the leading zero'],
    ['00860001234579', 'barcode HAY-2', 'a GTIN-14 finds its UPC-A'],
    ['hay-1', 'sku HAY-1', 'a SKU ignoring case, when nothing matches exactly'],
    ['SHELF-9', 'bin shelf-9: TREAT-1', 'a bin ignoring case; the answer names it as stored'],
    ['a-2', 'bin A-2: BED-1', 'a bin ignoring case'],
    ['cc-2002', 'unknown "cc-2002"', 'order numbers match exactly only'],
    ['CC-3003', 'ambiguous CC-3003: open,ready_to_pack', 'two orders with one number'],
    ['\x02 HAY-1 \r\n', 'sku HAY-1', 'whitespace and control characters around a code'],
    ['NOPE-42', 'unknown "NOPE-42"', 'nothing matches'],
    [' \t\r\n', 'unknown ""', 'nothing but whitespace'],
    ['0000000000000', 'unknown "0000000000000"', 'zeros alone are no barcode'],
  ])('%j → %s (%s)', (code, expected) => {
    expect(short(resolve(code))).toBe(expected);
  });

  it('looks only for the kinds asked for: a pick never resolves to an order or a bin', () => {
    expect(short(resolve('1001', ['product']))).toBe('barcode B-7');
    expect(short(resolve('A-2', ['product']))).toBe('unknown "A-2"');
    expect(short(resolve('B-7', ['bin']))).toBe('bin B-7: B-7');
  });

  it('answers the documented shapes', () => {
    expect(resolve('CC-2002')).toEqual({
      kind: 'order',
      order: { id: ids.orderCC, number: 'CC-2002', status: 'ready_to_pack' },
    });
    expect(resolve('0860001234562')).toEqual({
      kind: 'product',
      match: 'barcode',
      product: {
        id: ids['HAY-1'],
        sku: 'HAY-1',
        title: 'Product HAY-1',
        barcode: '0860001234562',
        bin_location: 'A-1',
      },
    });
    expect(resolve('shelf-9')).toEqual({
      kind: 'bin',
      bin: 'shelf-9',
      products: [
        {
          id: ids['TREAT-1'],
          sku: 'TREAT-1',
          title: 'Product TREAT-1',
          barcode: null,
          bin_location: 'shelf-9',
        },
      ],
    });
    expect(resolve(' nope ')).toEqual({ kind: 'unknown', code: 'nope' });
  });
});
