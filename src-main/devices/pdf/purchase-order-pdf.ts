import type { PurchaseOrder } from '../../contract/purchasing';
import type { Seller } from './packing-slip';
import { renderInWorker } from './pdf-renderer';
import type { PoPaper } from './purchase-order-sheet';

/** The purchase order as a PDF named for its number, drawn off the event loop. */
export async function purchaseOrderPdf(
  order: PurchaseOrder,
  seller: Seller,
  paper: PoPaper,
): Promise<{ pdf: Buffer; filename: string }> {
  const pdf = await renderInWorker({ kind: 'purchase-order', order, seller, paper });
  return { pdf, filename: `${order.po_number}.pdf` };
}
