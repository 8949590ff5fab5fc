import type { Picklist, PicklistSku } from '../../api/types';

const same = (a: string | null, b: string) => a !== null && a.toLowerCase() === b.toLowerCase();

/** The SKU a scanned or typed code names: its SKU or its product barcode, as the station reads it. */
export function findSku(list: Picklist, code: string): PicklistSku | null {
  const wanted = code.trim();
  if (!wanted) return null;
  for (const { skus } of list.categories) {
    const found = skus.find((s) => same(s.sku, wanted) || same(s.barcode, wanted));
    if (found) return found;
  }
  return null;
}

export interface PicklistFilter {
  /** A category name, or null for all of them. */
  category: string | null;
  query: string;
}

const matches = (sku: PicklistSku, query: string) =>
  [sku.sku, sku.title, sku.barcode, sku.bin_location, sku.subcategory].some((field) =>
    field?.toLowerCase().includes(query),
  );

/** Only the categories and SKUs the filter lets through; empty categories go too. */
export function filterPicklist(list: Picklist, { category, query }: PicklistFilter): Picklist {
  const q = query.trim().toLowerCase();
  return {
    categories: list.categories
      .filter((c) => category === null || c.name === category)
      .map((c) => ({ ...c, skus: q ? c.skus.filter((s) => matches(s, q)) : c.skus }))
      .filter((c) => c.skus.length > 0),
  };
}

export const unitsLeft = (skus: readonly PicklistSku[]) =>
  skus.reduce((sum, s) => sum + s.qty_remaining, 0);
