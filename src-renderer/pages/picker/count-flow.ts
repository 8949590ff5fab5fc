import type { StockChange } from '../../../src-main/contract/inventory';
import type { ScanResolution } from '../../../src-main/contract/scanning';

/** A SKU as the count screen needs it, from a scan or from the "to count" list. */
export interface CountItem {
  sku: string;
  title: string;
  barcode: string | null;
  bin_location: string | null;
}

/** What a scan on the count screen names: one SKU to count, or a bin's SKUs to choose from. */
export function countTarget(
  resolved: ScanResolution,
):
  | { kind: 'sku'; item: CountItem }
  | { kind: 'bin'; bin: string; items: CountItem[] }
  | { kind: 'refused'; message: string } {
  switch (resolved.kind) {
    case 'product':
      return { kind: 'sku', item: resolved.product };
    case 'bin':
      return resolved.products.length === 1
        ? { kind: 'sku', item: resolved.products[0]! }
        : { kind: 'bin', bin: resolved.bin, items: resolved.products };
    case 'order':
    case 'ambiguous':
      return { kind: 'refused', message: 'That is an order number: scan a bin or a product.' };
    case 'unknown':
      return {
        kind: 'refused',
        message: `Nothing has the code “${resolved.code}”: scan a bin label or a product.`,
      };
  }
}

/** With a count open, a scan of its product is one more unit in hand. */
export const namesItem = (item: CountItem, code: string) => {
  const wanted = code.trim().toLowerCase();
  return item.sku.toLowerCase() === wanted || item.barcode?.toLowerCase() === wanted;
};

/** What the count told the ledger, after the picker counted blind. */
export function countedSentence(answer: StockChange & { difference: number }): string {
  const { sku, quantity_after, quantity_before, difference } = answer;
  const head = `Counted ${quantity_after} of ${sku}`;
  if (difference === 0) return `${head}: the same as the stock record.`;
  const more = difference > 0;
  return `${head}: ${Math.abs(difference)} ${more ? 'more' : 'fewer'} than the stock record said (${quantity_before}). The record now says ${quantity_after}.`;
}
