import type { Picklist, PicklistSku } from '../../api/types';

/** What a scanned or typed code names on the pick list (done SKUs included). */
export type CodeMatch =
  /** A SKU or product barcode with units still to pick. */
  | { kind: 'sku'; sku: PicklistSku }
  /** A bin label: the SKUs still to pick there (none when the bin is done). */
  | { kind: 'bin'; bin: string; skus: PicklistSku[] }
  /** Part of a SKU, words of a title, part of a bin: the SKUs still to pick that fit. */
  | { kind: 'found'; skus: PicklistSku[] }
  /** Only SKUs with nothing left to pick fit. */
  | { kind: 'done'; skus: PicklistSku[] }
  | { kind: 'none' };

const same = (a: string | null, b: string) => a !== null && a.toLowerCase() === b.toLowerCase();

/** The code is this SKU's own code or its product barcode (as a scan of the product reads). */
export const namesSku = (sku: PicklistSku, code: string) =>
  same(sku.sku, code.trim()) || same(sku.barcode, code.trim());
const left = (skus: PicklistSku[]) => skus.filter((s) => s.qty_remaining > 0);

/** Every word of the query appears in the SKU's code, barcode, title or bin. */
const fits = (sku: PicklistSku, words: string[]) => {
  const text = [sku.sku, sku.barcode, sku.title, sku.bin_location].join(' ').toLowerCase();
  return words.every((w) => text.includes(w));
};

/**
 * The station's order for exact codes (product barcode or SKU, then bin), then anything that
 * contains what was typed. `list` must include done SKUs (`?include_done=true`), so a SKU
 * already finished is told as such rather than as unknown.
 */
export function matchCode(list: Picklist, code: string): CodeMatch {
  const wanted = code.trim();
  const skus = list.categories.flatMap((c) => c.skus);
  if (!wanted) return { kind: 'none' };
  const exact = skus.find((s) => namesSku(s, wanted));
  if (exact) return exact.qty_remaining > 0 ? { kind: 'sku', sku: exact } : done([exact]);
  const inBin = skus.filter((s) => same(s.bin_location, wanted));
  if (inBin.length > 0) return { kind: 'bin', bin: inBin[0]!.bin_location!, skus: left(inBin) };
  const words = wanted.toLowerCase().split(/\s+/);
  const found = skus.filter((s) => fits(s, words));
  if (left(found).length > 0) return { kind: 'found', skus: left(found) };
  return found.length > 0 ? done(found) : { kind: 'none' };
}

const done = (skus: PicklistSku[]): CodeMatch => ({ kind: 'done', skus });

/** The list without SKUs that have nothing left to pick, and without categories left empty. */
export function toPick(list: Picklist): Picklist {
  return {
    categories: list.categories
      .map((c) => ({ ...c, skus: left(c.skus) }))
      .filter((c) => c.skus.length > 0),
  };
}
