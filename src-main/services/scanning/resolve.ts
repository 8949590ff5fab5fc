import type { ScanKind, ScanResolution } from '../../contract/scanning';
import { cleanCode } from '../../devices/scanner/scanner-source';
import type { ReadDb } from '../../store/db';
import { orderByNumber } from '../../store/orders';
import { productExactly, productForgiving, productsInBin } from '../../store/products';

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
