import type { EventBus } from '../events/event-bus';
import type { WriteQueue } from '../../platform/write-queue';
import { catalogSkus, updateProduct } from '../../store/product-catalog';
import { ledgerIsEmpty } from '../../store/stock-movements';
import { recordMovement } from '../inventory/ledger';

const REORDER_POINT = 6;
const REORDER_QTY = 24;

/** The same opening stock for a SKU on every demo station: about one SKU in six sits low. */
export function demoOnHand(sku: string): number {
  let n = 7;
  for (const char of sku) n = (n * 31 + char.charCodeAt(0)) % 10_007;
  return n % 6 === 0 ? n % 4 : 12 + (n % 60);
}

/**
 * A demo station's shelves: after its first import every product gets opening stock (a COUNT
 * in the ledger) and a reorder point, so Inventory shows a warehouse with some SKUs running low
 * instead of a column of negatives. Only while the ledger is empty: it never overwrites a count
 * somebody made. Answers how many products it stocked.
 */
export function stockDemoShelves(writes: WriteQueue): Promise<number> {
  return writes.run((tx) => {
    if (!ledgerIsEmpty(tx)) return 0;
    const products = catalogSkus(tx);
    for (const { id, sku } of products) {
      updateProduct(tx, id, { reorder_point: REORDER_POINT, reorder_qty: REORDER_QTY });
      const onHand = demoOnHand(sku);
      if (onHand === 0) continue;
      recordMovement(tx, {
        productId: id,
        type: 'COUNT',
        quantityChange: onHand,
        referenceType: 'demo',
        note: 'demo opening stock',
        userId: null,
      });
    }
    return products.length;
  });
}

/** Stocks the demo shelves once an import has brought the catalogue in; `stock` tells screens. */
export function stockDemoShelvesAfterImports(
  bus: EventBus,
  writes: WriteQueue,
  onError: (message: string) => void,
): void {
  bus.subscribe((event) => {
    if (event.type !== 'sync_finished' || event.data.status !== 'ok') return;
    stockDemoShelves(writes).then(
      (stocked) => stocked && bus.publish('stock', { sku: null, on_hand: null, by: 'demo' }),
      (err: unknown) => onError(`demo stock: ${(err as Error).message}`),
    );
  });
}
