import type { Picklist, PicklistSku } from '../../api/types';
import type { QueuedAction } from './offline-queue';

function applyAction(sku: PicklistSku, action: QueuedAction): PicklistSku {
  const qty = Math.min(action.qty ?? sku.qty_remaining, sku.qty_remaining);
  return {
    ...sku,
    qty_picked: sku.qty_picked + (action.kind === 'pick' ? qty : 0),
    qty_short: sku.qty_short + (action.kind === 'short' ? qty : 0),
    qty_remaining: sku.qty_remaining - qty,
  };
}

/**
 * The pick list as it will be once the waiting actions reach the station, so a picker working
 * offline sees the shelf they just emptied drop off the list like any other.
 */
export function withPending(list: Picklist, pending: readonly QueuedAction[]): Picklist {
  if (pending.length === 0) return list;
  return {
    categories: list.categories
      .map((category) => ({
        ...category,
        skus: category.skus
          .map((sku) => pending.filter((a) => a.sku === sku.sku).reduce(applyAction, sku))
          .filter((sku) => sku.qty_remaining > 0),
      }))
      .filter((category) => category.skus.length > 0),
  };
}
