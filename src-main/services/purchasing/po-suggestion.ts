import { PO_MAX_LINES, type SuggestedLine } from '../../contract/purchasing';
import {
  DEFAULT_LEAD_TIME_DAYS,
  SALES_WINDOW_DAYS,
  suggestedQuantity,
} from '../../domain/purchasing';
import type { ReadDb } from '../../store/db';
import { inventoryLevels } from '../../store/inventory-levels';
import { costsBySku } from '../../store/product-catalog';
import { unitsSoldSince } from '../../store/sales';
import { existingSupplier } from './supplier-service';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The lines of an order to send this supplier (contract/purchasing.ts `suggestPurchaseOrder`
 * gives the formula). Products name no supplier, so every SKU at or below its reorder point is
 * proposed; the supplier gives the lead time.
 */
export function suggestPurchaseOrder(db: ReadDb, supplierId: number, now = new Date()) {
  const supplier = existingSupplier(db, supplierId);
  const leadTimeDays = supplier.lead_time_days ?? DEFAULT_LEAD_TIME_DAYS;
  const { items } = inventoryLevels(db, {
    sort: 'sku',
    lowOnly: true,
    limit: PO_MAX_LINES,
    offset: 0,
  });
  const skus = items.map((i) => i.sku);
  const since = new Date(now.getTime() - SALES_WINDOW_DAYS * DAY_MS).toISOString();
  const sold = unitsSoldSince(db, since, skus);
  const costs = costsBySku(db, skus);
  const lines = items.flatMap((item): SuggestedLine[] => {
    const units = sold.get(item.sku) ?? 0;
    const quantity = suggestedQuantity({
      sold: units,
      leadTimeDays,
      reorderPoint: item.reorder_point,
      reorderQty: item.reorder_qty,
      available: item.available,
    });
    if (quantity === 0) return [];
    const cents = costs.get(item.sku) ?? null;
    return [
      {
        sku: item.sku,
        title: item.title,
        available: item.available,
        incoming: item.incoming,
        reorder_point: item.reorder_point,
        reorder_qty: item.reorder_qty,
        sold: units,
        quantity,
        unit_cost: cents === null ? null : cents / 100,
      },
    ];
  });
  return {
    supplier_id: supplier.id,
    lead_time_days: leadTimeDays,
    lead_time_assumed: supplier.lead_time_days === null,
    lines,
  };
}
