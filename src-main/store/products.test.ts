import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../platform/database';
import { productByCode, productsInBin, type ProductMatch } from './products';

let db: Db;

beforeAll(() => {
  db = openDatabase(join(mkdtempSync(join(tmpdir(), 'ws-products-')), 'station.db'));
  const product = db.$client.prepare(
    'insert into products (sku, title, barcode, bin_location) values (?, ?, ?, ?)',
  );
  for (const [sku, barcode, bin] of [
    ['HAY-1', '0860001234562', 'A-1'],
    ['HAY-2', '860001234579', 'A-1'],
    // Its barcode is another product's SKU.
    ['BED-1', 'HAY-2', 'a-1'],
    // Two products sharing a barcode: the catalogue's older one answers.
    ['OLD-1', 'SHARED', null],
    ['NEW-1', 'SHARED', null],
    // A SKU that is all digits, and another product's barcode with a leading zero on it.
    ['12345678', null, null],
    ['PAD-1', '012345678', null],
    // Two SKUs that differ only in case.
    ['toy-1', null, null],
    ['TOY-1', null, null],
    ['SHORT-1', '0001234', null],
  ] as const) {
    product.run(sku, `Product ${sku}`, barcode, bin);
  }
});
afterAll(() => db.$client.close());

/** `barcode HAY-1`, `sku HAY-2` or `none`: one line per rule in the table below. */
const short = (m: ProductMatch | null) => (m ? `${m.match} ${m.product.sku}` : 'none');

describe('productByCode', () => {
  it.each([
    ['0860001234562', 'barcode HAY-1', 'a barcode exactly'],
    ['HAY-1', 'sku HAY-1', 'a SKU exactly'],
    ['HAY-2', 'barcode BED-1', "an exact barcode beats another product's exact SKU"],
    ['SHARED', 'barcode OLD-1', 'a shared barcode names the older product'],
    ['860001234562', 'barcode HAY-1', 'a UPC-A finds its EAN-13 with the leading zero'],
    ['0860001234579', 'barcode HAY-2', 'an EAN-13 finds its UPC-A'],
    ['00860001234579', 'barcode HAY-2', 'a GTIN-14 finds its UPC-A'],
    ['12345678', 'sku 12345678', 'an exact SKU beats a barcode without its leading zero'],
    ['hay-1', 'sku HAY-1', 'a SKU ignoring case, when nothing matches exactly'],
    ['toy-1', 'sku toy-1', 'a SKU exactly, though another differs only in case'],
    ['Toy-1', 'sku toy-1', 'of two SKUs ignoring case, the older product'],
    ['bc-hay-1', 'none', 'a barcode must match in case'],
    ['0000000000000', 'none', 'zeros alone are no barcode'],
    ['1234', 'none', 'fewer than 8 digits are no GTIN'],
    ['00001234', 'none', 'nor is a barcode of fewer than 8 found without its zeros'],
    ['A-1', 'none', 'a bin is no product'],
    ['\x02 HAY-1 \r\n', 'sku HAY-1', "a gun's whitespace and control characters around a code"],
    [' \t\r\n', 'none', 'nothing but whitespace'],
    ['NOPE-42', 'none', 'nothing matches'],
  ])('%j → %s (%s)', (code, expected) => {
    expect(short(productByCode(db, code))).toBe(expected);
  });

  it('answers the whole product, as stored', () => {
    expect(productByCode(db, 'hay-2')).toEqual({
      match: 'sku',
      product: {
        id: expect.any(Number),
        sku: 'HAY-2',
        title: 'Product HAY-2',
        barcode: '860001234579',
        bin_location: 'A-1',
      },
    });
  });
});

describe('productsInBin', () => {
  it('lists a bin by SKU, exactly or ignoring case', () => {
    const skus = (bin: string, anyCase?: boolean) =>
      productsInBin(db, bin, { anyCase }).map((p) => p.sku);
    expect(skus('A-1')).toEqual(['HAY-1', 'HAY-2']);
    expect(skus('a-1', true)).toEqual(['BED-1', 'HAY-1', 'HAY-2']);
    expect(skus('B-9', true)).toEqual([]);
  });
});
