import { CharacterSet, type ThermalPrinter } from 'node-thermal-printer';
import type { PrinterType } from './printer-target';
import type { Receipt, TextStyle } from './receipt-printer';
import { receiptText, wrap } from './receipt-text';

/** Font A is 12 dots wide on every make here, so the paper is about 12 dots per character. */
const DOTS_PER_CHAR = 12;
const BARCODE_HEIGHT_DOTS = 100;
/** Printable ASCII without "{", which ESC/POS CODE128 reads as a code-set switch. */
const CODE128_DATA = /^[\x20-\x7a\x7c-\x7e]{1,80}$/;
/** GS k 73: CODE128 for makes whose driver offers only the generic barcode command. */
const ESCPOS_CODE128 = 73;

/**
 * Dots per bar for a code: 3 when it fits the paper, else 2 (the least every scanner reads at
 * thermal resolution), else null. A CODE128-B symbol is 11 modules a character plus 35 for
 * start, check and stop, and 20 of quiet zone.
 */
function moduleWidth(code: string, widthChars: number): 2 | 3 | null {
  const modules = 11 * code.length + 55;
  const dots = widthChars * DOTS_PER_CHAR;
  if (modules * 3 <= dots) return 3;
  return modules * 2 <= dots ? 2 : null;
}

/**
 * A Receipt drawn with node-thermal-printer into its buffer. Every ticket starts from a printer
 * reset (ESC @) with Windows-1252 selected; the driver's cut() resets the printer again, which
 * also drops the code page, so it is selected anew after each cut.
 */
export function escposReceipt(printer: ThermalPrinter, type: PrinterType, width: number): Receipt {
  const selectCodePage = () => printer.setCharacterSet(CharacterSet.WPC1252);
  // The driver has initHardware (its cut() ends with it) but its typings leave it out.
  (printer as ThermalPrinter & { initHardware(): void }).initHardware();
  selectCodePage();

  const barcode = (code: string, module: 2 | 3) => {
    switch (type) {
      case 'epson':
      case 'custom':
        // The typings describe Star's settings; ESC/POS makes take dots per bar and height.
        printer.code128(code, { width: module, height: BARCODE_HEIGHT_DOTS, hriPos: 0 } as never);
        return true;
      case 'star':
        printer.code128(code, {
          width: module === 3 ? 'MEDIUM' : 'SMALL',
          height: BARCODE_HEIGHT_DOTS,
          text: 1,
        });
        return true;
      case 'tanca':
        printer.printBarcode(`{B${code}`, ESCPOS_CODE128, {
          width: module,
          height: BARCODE_HEIGHT_DOTS,
        });
        return true;
      // The driver has no CODE128 for Daruma and Brother: their receipts carry the code as text.
      case 'daruma':
      case 'brother':
        return false;
    }
  };

  return {
    width,
    line(text: string, style: TextStyle = {}) {
      if (style.center) printer.alignCenter();
      if (style.bold) printer.bold(true);
      if (style.big) printer.setTextQuadArea();
      const room = style.big ? Math.floor(width / 2) : width;
      for (const line of wrap(receiptText(text), room, style.indent)) printer.println(line);
      if (style.big) printer.setTextNormal();
      if (style.bold) printer.bold(false);
      if (style.center) printer.alignLeft();
    },
    rule() {
      printer.drawLine();
    },
    barcode(code: string) {
      const module = CODE128_DATA.test(code) ? moduleWidth(code, width) : null;
      if (module === null) return;
      printer.alignCenter();
      if (barcode(code, module)) printer.newLine();
      printer.alignLeft();
    },
    cut() {
      printer.cut();
      selectCodePage();
    },
  };
}
