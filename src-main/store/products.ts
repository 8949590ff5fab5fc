import type { ScannedProduct } from '../contract/scanning';
import { cleanCode } from '../devices/scanner/scanner-source';
import { prepared } from '../platform/prepared';
import type { ReadDb, WriteTx } from './db';

export type Product = ScannedProduct;

/** The product a code names, and whether the code was its barcode or its SKU. */
export interface ProductMatch {
  match: 'barcode' | 'sku';
  product: Product;
}

type Find = (db: ReadDb, code: string) => ProductMatch | null;

const PRODUCT = 'select id, sku, title, barcode, bin_location from products';

const find =
  (where: string, match: ProductMatch['match'], key = (code: string) => code): Find =>
  (db, code) => {
    // Two products may share a barcode (or a SKU ignoring case): the older one answers.
    const product = prepared<[string], Product>(
      db,
      `${PRODUCT} where ${where} order by id limit 1`,
    ).get(key(code));
    return product ? { match, product } : null;
  };

const GTIN_CODE = /^\d{8,14}$/;

// A UPC-A (12 digits) often arrives as an EAN-13 or GTIN-14 with leading zeros, or the other
// way round, depending on the gun's settings: the same number is the same product.
const sameGtin = find(
  "length(barcode) between 8 and 14 and barcode not glob '*[^0-9]*' and ltrim(barcode, '0') = ?",
  'barcode',
  (code) => code.replace(/^0+/, ''),
);

const EXACT: Find[] = [find('barcode = ?', 'barcode'), find('sku = ?', 'sku')];
const FORGIVING: Find[] = [
  (db, code) => (GTIN_CODE.test(code) ? sameGtin(db, code) : null),
  find('sku = ? collate nocase', 'sku'),
];

const first = (steps: Find[], db: ReadDb, code: string): ProductMatch | null => {
  for (const step of steps) {
    const found = step(db, code);
    if (found) return found;
  }
  return null;
};

/**
 * The exact half of the product scan rules (docs/architecture.md "Scan order"): the barcode,
 * then the SKU. The code is taken as given; `resolveScan` runs this before it tries bins.
 */
export const productExactly = (db: ReadDb, code: string): ProductMatch | null =>
  first(EXACT, db, code);

/**
 * The forgiving half, tried only when nothing matched exactly: a barcode without its leading
 * zeros, then a SKU ignoring ASCII case.
 */
export const productForgiving = (db: ReadDb, code: string): ProductMatch | null =>
  first(FORGIVING, db, code);

/**
 * The product a scanned or typed code names, by the scan rules: exact barcode, exact SKU, then
 * the forgiving matches; null when it names none. Pick, "not in stock", scan, verify-scan and
 * labels all read codes through here, so a code one of them accepts, all of them do.
 */
export function productByCode(db: ReadDb, raw: string): ProductMatch | null {
  const code = cleanCode(raw);
  return code ? (productExactly(db, code) ?? productForgiving(db, code)) : null;
}

/**
 * The products a bin holds, by SKU. `anyCase` matches the bin's name ignoring ASCII case, the
 * forgiving match the scan rules try only after every exact one.
 */
export function productsInBin(db: ReadDb, bin: string, { anyCase = false } = {}): Product[] {
  return prepared<[string], Product>(
    db,
    `${PRODUCT} where bin_location = ?${anyCase ? ' collate nocase' : ''} order by sku`,
  ).all(bin);
}

/** The cycle-count flag: a short hit a SKU the ledger says is on hand. */
/**
 * A shortage hit the SKU while the ledger said it was on hand: the ledger and the shelf disagree,
 * so the SKU goes first on the next cycle count (docs/architecture.md "Stock changes").
 */
export function flagForCount(tx: WriteTx, productId: number): void {
  prepared<[number]>(tx, 'update products set needs_count = 1 where id = ?').run(productId);
}

/** The SKU was counted, or the short that flagged it undone: nothing left to settle. */
export function clearCountFlag(tx: WriteTx, productId: number): void {
  prepared<[number]>(tx, 'update products set needs_count = 0 where id = ?').run(productId);
}

export function needsCount(db: ReadDb, productId: number): boolean {
  return (
    prepared<[number], { needs_count: number }>(
      db,
      'select needs_count from products where id = ?',
    ).get(productId)!.needs_count === 1
  );
}

/** Where the SKU is kept now, as the pick list shows it. */
export function binOf(db: ReadDb, productId: number): string | null {
  return prepared<[number], { bin_location: string | null }>(
    db,
    'select bin_location from products where id = ?',
  ).get(productId)!.bin_location;
}

/** The SKU now lives in `bin`: the pick list sends the next picker there. */
export function setBin(tx: WriteTx, productId: number, bin: string): void {
  prepared<[string, number]>(tx, 'update products set bin_location = ? where id = ?').run(
    bin,
    productId,
  );
}
