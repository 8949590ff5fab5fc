import { notFound } from '../domain/errors';
import type { Label } from '../devices/printer/labels';
import type { ReadDb } from './db';
import { productByCode } from './products';

/**
 * Shelf and product labels for these codes, `copies` of each in the order asked. A SKU is looked
 * up as a scan would (`productByCode`: a barcode serves too, a SKU in any case) and its label
 * carries the catalogue's SKU and title; bins are printed as typed, since a new bin has no
 * products yet. 404 naming every unknown SKU, so a batch never prints half of what was asked.
 */
export function loadLabels(
  db: ReadDb,
  { skus, bins, copies }: { skus: readonly string[]; bins: readonly string[]; copies: number },
): Label[] {
  const found = skus.map((sku) => ({ sku, product: productByCode(db, sku)?.product }));
  const unknown = found.filter((f) => !f.product).map((f) => f.sku);
  if (unknown.length > 0) {
    throw notFound(
      'unknown_sku',
      unknown.length === 1
        ? `No product has the SKU ${unknown[0]}. Nothing was printed.`
        : `No products have the SKUs ${unknown.join(', ')}. Nothing was printed.`,
      { skus: unknown },
    );
  }
  const labels: Label[] = [
    ...found.map(({ product }) => ({
      kind: 'sku' as const,
      code: product!.sku,
      title: product!.title,
    })),
    ...bins.map((code) => ({ kind: 'bin' as const, code })),
  ];
  return labels.flatMap((label) => Array<Label>(copies).fill(label));
}
