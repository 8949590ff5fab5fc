import type { Db } from '../../platform/database';
import { prepared } from '../../platform/prepared';
import { notFound } from '../../domain/errors';
import type { ReceiptJob } from './receipt-printer';

export type Label = { kind: 'sku'; code: string; title: string } | { kind: 'bin'; code: string };

interface ProductRow {
  sku: string;
  title: string;
}

/**
 * Shelf and product labels for these codes, `copies` of each in the order asked. A SKU is looked
 * up as a scan would (exact, then ignoring case) and its label carries the catalogue's spelling;
 * bins are printed as typed, since a new bin has no products yet. 404 naming every unknown SKU,
 * so a batch never prints half of what was asked.
 */
export function loadLabels(
  db: Db,
  { skus, bins, copies }: { skus: readonly string[]; bins: readonly string[]; copies: number },
): Label[] {
  const exact = prepared<[string], ProductRow>(db, 'select sku, title from products where sku = ?');
  const anyCase = prepared<[string], ProductRow>(
    db,
    'select sku, title from products where sku = ? collate nocase order by sku limit 1',
  );
  const found = skus.map((sku) => ({ sku, product: exact.get(sku) ?? anyCase.get(sku) }));
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

/** One ticket per label, cut apart: what it is, its code as CODE128, the code to read. */
export function labelsJob(labels: readonly Label[]): ReceiptJob {
  return (r) => {
    for (const label of labels) {
      r.line(label.kind === 'sku' ? label.title : 'BIN', { bold: true, center: true });
      r.barcode(label.code);
      r.line(label.code, { big: true, bold: true, center: true });
      r.cut();
    }
  };
}
