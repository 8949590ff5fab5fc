import { addressLines, shortfallNote, type SlipData } from '../../domain/slips';
import type { Receipt, ReceiptJob } from './receipt-printer';

const orderDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' });

function lines(r: Receipt, slip: SlipData) {
  if (slip.lines.length === 0) r.line('This order has no items.');
  for (const line of slip.lines) {
    r.line(`${line.qty} x ${line.sku}`, { bold: true });
    r.line(line.title, { indent: 2 });
    const note = shortfallNote(line);
    if (note) r.line(`** ${note}`, { bold: true, indent: 2 });
  }
}

/**
 * The packing slip as a receipt: the same facts and wording as the PDF slip (seller, order
 * number and its barcode, ship-to, each line with what is in the box and what is not), set for
 * a roll of `width` characters.
 */
export function packingReceipt(slip: SlipData, sellerName: string): ReceiptJob {
  return (r) => {
    if (sellerName) r.line(sellerName, { bold: true, center: true });
    r.line('PACKING SLIP', { center: true });
    r.line(slip.number, { big: true, bold: true, center: true });
    r.barcode(slip.number);
    r.line(`Ordered ${orderDate.format(new Date(slip.createdAt))}`, { center: true });
    if (slip.status === 'cancelled') {
      r.rule();
      r.line('CANCELLED ORDER: DO NOT SHIP', { bold: true, center: true });
    }
    if (slip.shipTo) {
      r.rule();
      r.line('SHIP TO', { bold: true });
      for (const l of addressLines(slip.shipTo)) r.line(l);
    }
    r.rule();
    r.line(slip.packed ? 'PACKED' : 'TO PACK', { bold: true });
    lines(r, slip);
    r.rule();
    if (slip.lines.some((l) => l.short > 0)) {
      r.line('Items marked out of stock are not in this package.', { bold: true });
    }
    r.line(
      sellerName ? `Thank you for your order from ${sellerName}!` : 'Thank you for your order!',
    );
    r.cut();
  };
}
