import { z } from 'zod';
import { ORDER_STATUSES } from '../../domain/orders';
import { cleanCode } from '../../devices/scanner/scanner-source';
import type { Db } from '../../platform/database';
import { prepared } from '../../platform/prepared';
import { numberedOrder, ordersNumbered } from './order-number';

const scannedProduct = z.object({
  id: z.number(),
  sku: z.string(),
  title: z.string(),
  barcode: z.string().nullable(),
  bin_location: z.string().nullable(),
});
type ScannedProduct = z.infer<typeof scannedProduct>;

/** What a scanned code is: the answer of POST /api/scan and the `resolved` of a `scan` event. */
export const scanResolution = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('order'),
    order: z.object({ id: z.number(), number: z.string(), status: z.enum(ORDER_STATUSES) }),
  }),
  z.object({
    kind: z.literal('product'),
    match: z.enum(['barcode', 'sku']),
    product: scannedProduct,
  }),
  z.object({ kind: z.literal('bin'), bin: z.string(), products: z.array(scannedProduct) }),
  // Only in a `scan` event: POST /api/scan answers these with 409 ambiguous_number.
  z.object({
    kind: z.literal('ambiguous'),
    number: z.string(),
    orders: z.array(numberedOrder),
  }),
  z.object({ kind: z.literal('unknown'), code: z.string() }),
]);
export type ScanResolution = z.infer<typeof scanResolution>;
export type ScanKind = Exclude<ScanResolution['kind'], 'unknown' | 'ambiguous'>;

type Find = (db: Db, code: string) => ScanResolution | undefined;

const PRODUCT = 'select id, sku, title, barcode, bin_location from products';

const order: Find = (db, code) => {
  const [found, ...others] = ordersNumbered(db, code);
  if (!found) return undefined;
  if (others.length) return { kind: 'ambiguous', number: code, orders: [found, ...others] };
  return { kind: 'order', order: { id: found.id, number: found.number, status: found.status } };
};

const product =
  (where: string, match: 'barcode' | 'sku', key = (code: string) => code): Find =>
  (db, code) => {
    const found = prepared<[string], ScannedProduct>(
      db,
      `${PRODUCT} where ${where} order by id limit 1`,
    ).get(key(code));
    return found && { kind: 'product', match, product: found };
  };

const bin =
  (where: string): Find =>
  (db, code) => {
    const products = prepared<[string], ScannedProduct>(
      db,
      `${PRODUCT} where ${where} order by sku`,
    ).all(code);
    return products.length ? { kind: 'bin', bin: products[0]!.bin_location!, products } : undefined;
  };

// A UPC-A (12 digits) often arrives as an EAN-13 or GTIN-14 with leading zeros, or the other
// way round, depending on the gun's settings: the same number is the same product.
const gtin = product(
  "length(barcode) between 8 and 14 and barcode not glob '*[^0-9]*' and ltrim(barcode, '0') = ?",
  'barcode',
  (code) => code.replace(/^0+/, ''),
);
const GTIN_CODE = /^\d{8,14}$/;

/**
 * The scan order (docs/architecture.md "Scan order": order number, product barcode, SKU, bin) first for exact matches, then in
 * the same order for forgiving ones (barcode without leading zeros, SKU and bin ignoring ASCII
 * case): an exact hit of any kind beats a guess of an earlier kind.
 */
const STEPS: { kind: ScanKind; find: Find }[] = [
  { kind: 'order', find: order },
  { kind: 'product', find: product('barcode = ?', 'barcode') },
  { kind: 'product', find: product('sku = ?', 'sku') },
  { kind: 'bin', find: bin('bin_location = ?') },
  { kind: 'product', find: (db, code) => (GTIN_CODE.test(code) ? gtin(db, code) : undefined) },
  { kind: 'product', find: product('sku = ? collate nocase', 'sku') },
  { kind: 'bin', find: bin('bin_location = ? collate nocase') },
];

const ALL_KINDS: readonly ScanKind[] = ['order', 'product', 'bin'];

/** Resolves a scanned code, looking only for the given kinds (a pick wants a product). */
export function resolveScan(
  db: Db,
  raw: string,
  kinds: readonly ScanKind[] = ALL_KINDS,
): ScanResolution {
  const code = cleanCode(raw);
  if (code) {
    for (const step of STEPS) {
      const found = kinds.includes(step.kind) ? step.find(db, code) : undefined;
      if (found) return found;
    }
  }
  return { kind: 'unknown', code };
}
