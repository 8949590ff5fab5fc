import { z } from 'zod';
import { ORDER_STATUSES } from '../../domain/orders';
import { cleanCode } from '../../devices/scanner/scanner-source';
import type { ReadDb } from '../../store/db';
import { orderByNumber } from '../../store/orders';
import {
  productExactly,
  productForgiving,
  productsInBin,
  type Product,
} from '../../store/products';
import { numberedOrder } from './order-number';

const scannedProduct = z.object({
  id: z.number(),
  sku: z.string(),
  title: z.string(),
  barcode: z.string().nullable(),
  bin_location: z.string().nullable(),
}) satisfies z.ZodType<Product>;

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

type Find = (db: ReadDb, code: string) => ScanResolution | undefined;

const order: Find = (db, code) => {
  const found = orderByNumber(db, code);
  if (found.kind === 'ambiguous') return { kind: 'ambiguous', number: code, orders: found.orders };
  if (found.kind === 'none') return undefined;
  const { id, number, status } = found.order;
  return { kind: 'order', order: { id, number, status } };
};

const product =
  (find: typeof productExactly): Find =>
  (db, code) => {
    const found = find(db, code);
    return found ? { kind: 'product', ...found } : undefined;
  };

const bin =
  (anyCase: boolean): Find =>
  (db, code) => {
    const products = productsInBin(db, code, { anyCase });
    // Named as stored, not as scanned: a forgiving match may differ in case.
    return products.length ? { kind: 'bin', bin: products[0]!.bin_location!, products } : undefined;
  };

/**
 * The scan order (docs/architecture.md "Scan order": order number, product, bin) first for exact
 * matches, then in the same order for forgiving ones: an exact hit of any kind beats a guess of an
 * earlier kind. What counts as a product match is the store's (`productByCode`), split in its
 * exact and forgiving halves so a bin's exact name comes between them.
 */
const STEPS: { kind: ScanKind; find: Find }[] = [
  { kind: 'order', find: order },
  { kind: 'product', find: product(productExactly) },
  { kind: 'bin', find: bin(false) },
  { kind: 'product', find: product(productForgiving) },
  { kind: 'bin', find: bin(true) },
];

const ALL_KINDS: readonly ScanKind[] = ['order', 'product', 'bin'];

/** Resolves a scanned code, looking only for the given kinds (a pick wants a product). */
export function resolveScan(
  db: ReadDb,
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
