import type { ReceiptJob } from './receipt-printer';

export type Label = { kind: 'sku'; code: string; title: string } | { kind: 'bin'; code: string };

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
