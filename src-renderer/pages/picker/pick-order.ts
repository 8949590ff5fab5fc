import type { Picklist, PicklistSku } from '../../api/types';
import type { QueueStorage } from './offline-queue';

/** By category (as the station groups it), or by bin: one walk through the aisles. */
export type PickOrder = 'category' | 'bin';

const ORDER_KEY = 'warehouse-station.pick-order';

export const savedPickOrder = (storage: Pick<QueueStorage, 'getItem'>): PickOrder =>
  storage.getItem(ORDER_KEY) === 'bin' ? 'bin' : 'category';

export const savePickOrder = (storage: Pick<QueueStorage, 'setItem'>, order: PickOrder) =>
  storage.setItem(ORDER_KEY, order);

// Numbers inside codes compare as numbers (A-2 before A-10), letters without regard to case.
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Bin codes in walking order; SKUs without a bin come last, where nobody walks past them. */
export function compareBins(a: string | null, b: string | null): number {
  if (a === null || b === null) return Number(a === null) - Number(b === null);
  return collator.compare(a, b);
}

/** Every SKU of the list in one walk: by bin, then SKU. */
export function inBinOrder(list: Picklist): PicklistSku[] {
  return list.categories
    .flatMap((c) => c.skus)
    .sort((a, b) => compareBins(a.bin_location, b.bin_location) || collator.compare(a.sku, b.sku));
}
