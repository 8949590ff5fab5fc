import type { PrinterSettings } from './printer-target';
import type { ReceiptJob } from './receipt-printer';

const stamp = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'medium' });

/**
 * A short page that shows the settings are right: the digit ruler should fill exactly one line
 * (else the width is wrong), the accents should print as accents (else the code page is not
 * Windows-1252), and the barcode should scan.
 */
export function testPage(settings: PrinterSettings, sellerName: string, now: Date): ReceiptJob {
  return (r) => {
    r.line('Warehouse Station', { bold: true, center: true });
    r.line('PRINTER TEST', { big: true, center: true });
    if (sellerName) r.line(sellerName, { center: true });
    r.line(stamp.format(now), { center: true });
    r.rule();
    r.line(`Make: ${settings.type}`);
    r.line(`Connection: ${settings.interface}`);
    r.line(`Characters per line: ${settings.width}`);
    r.line('1234567890'.repeat(Math.ceil(r.width / 10)).slice(0, r.width));
    r.line('Accents: Café, Größe, niño, €5 – “quoted”');
    r.rule();
    r.barcode('TEST-128');
    r.line('TEST-128', { center: true });
    r.cut();
  };
}
