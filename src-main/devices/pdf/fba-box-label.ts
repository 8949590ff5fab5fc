import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { FbaShipment, FbaShipmentItem } from '../../contract/fba';
import { plainLines, plainText } from '../../domain/plain-text';
import { code128Svg } from './barcode';
import type { Seller } from './packing-slip';
import { pdfText } from './pdf-text';

/** 4×6 inches, the thermal label printers' roll. */
const PAGE = { width: 288, height: 432 };
const MARGIN = 18;
const TEXT = 10;
const GREY = '#555555';
const BARCODE_HEIGHT = 60;

/**
 * One 4×6 label per item of a plan, for the box that carries it: who ships it, which plan it
 * belongs to, and the SKU as a barcode with the units packed. Amazon's own box ids come with its
 * inbound plan, which the station does not submit yet, so these labels name the plan instead.
 */
export function fbaBoxLabelsDocument(plan: FbaShipment, seller: Seller): TDocumentDefinitions {
  return {
    pageSize: PAGE,
    pageMargins: [MARGIN, MARGIN, MARGIN, MARGIN],
    info: { title: `FBA box labels ${plainText(plan.name)}`, creator: 'Warehouse Station' },
    defaultStyle: { font: 'Roboto', fontSize: TEXT, lineHeight: 1.1 },
    content: plan.items.map((item, i) => ({
      stack: label(plan, item, seller),
      ...(i > 0 && { pageBreak: 'before' as const }),
    })),
  };
}

function label(plan: FbaShipment, item: FbaShipmentItem, seller: Seller): Content[] {
  const barcode = code128Svg(item.sku);
  const where = [plan.amazon_shipment_id, plan.destination_fc].filter(Boolean).join(' · ');
  return [
    caption('SHIP FROM'),
    { text: pdfText(seller.name), bold: true },
    ...plainLines(seller.address).map((line) => ({ text: pdfText(line), color: GREY })),
    caption('FBA INBOUND PLAN', 10),
    { text: pdfText(plan.name), bold: true, fontSize: TEXT + 4 },
    ...(where ? [{ text: pdfText(where) }] : []),
    caption('SKU', 10),
    { text: pdfText(item.sku), bold: true, fontSize: TEXT + 8 },
    ...(barcode
      ? [
          {
            svg: barcode.svg,
            width: Math.min(barcode.modules * 2, PAGE.width - 2 * MARGIN),
            height: BARCODE_HEIGHT,
            margin: [0, 4, 0, 4] as [number, number, number, number],
          },
        ]
      : []),
    { text: pdfText(item.title), color: GREY },
    caption('UNITS', 10),
    { text: String(item.quantity), bold: true, fontSize: TEXT + 14 },
  ];
}

function caption(text: string, above = 0): Content {
  return { text, fontSize: TEXT - 2, color: GREY, bold: true, margin: [0, above, 0, 1] };
}
