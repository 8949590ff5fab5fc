import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { PurchaseOrder } from '../../contract/purchasing';
import { plainLines, plainText } from '../../domain/plain-text';
import type { Seller } from './packing-slip';
import { pdfText } from './pdf-text';

export const PO_PAPER = {
  letter: { width: 612, height: 792 },
  a4: { width: 595.28, height: 841.89 },
} as const;
export type PoPaper = keyof typeof PO_PAPER;

const MARGIN = 40;
const TEXT = 10;
const GREY = '#555555';
const RULE = '#999999';

const date = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' });
/** No currency is configured: amounts read as plain decimals, the way the supplier quoted them. */
const amount = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const count = new Intl.NumberFormat('en-US');

/**
 * A purchase order as a pdfmake document, to send to the supplier. Pure: everything it prints
 * comes in through its arguments, totals included (computed in cents by the station).
 */
export function purchaseOrderDocument(
  order: PurchaseOrder,
  seller: Seller,
  paper: PoPaper,
): TDocumentDefinitions {
  const page = PO_PAPER[paper];
  return {
    pageSize: page,
    pageMargins: [MARGIN, MARGIN, MARGIN, MARGIN + TEXT],
    info: { title: `Purchase order ${order.po_number}`, creator: 'Warehouse Station' },
    defaultStyle: { font: 'Roboto', fontSize: TEXT, lineHeight: 1.15 },
    content: [
      {
        columns: [
          { width: '*', stack: [buyerBlock(seller)] },
          { width: 'auto', stack: [numberBlock(order)] },
        ],
      },
      rule(page.width),
      details(order),
      ...(order.status === 'CANCELLED' ? [banner('CANCELLED: DO NOT SHIP')] : []),
      linesTable(order),
      ...(order.notes ? [notes(order.notes)] : []),
    ],
    footer: (current, pages) =>
      pages > 1
        ? {
            text: `${order.po_number} · page ${current} of ${pages}`,
            alignment: 'right',
            fontSize: TEXT - 1,
            color: GREY,
            margin: [MARGIN, 0, MARGIN, 0],
          }
        : null,
  };
}

function label(text: string): Content {
  return { text, fontSize: TEXT - 1.5, color: GREY, bold: true, characterSpacing: 0.5 };
}

function buyerBlock(seller: Seller): Content {
  return {
    stack: [
      { text: pdfText(seller.name), bold: true, fontSize: TEXT + 3 },
      ...plainLines(seller.address).map((line) => ({ text: pdfText(line), color: GREY })),
    ],
  };
}

function numberBlock(order: PurchaseOrder): Content {
  return {
    stack: [
      { text: 'PURCHASE ORDER', fontSize: TEXT - 1, color: GREY, alignment: 'right' },
      { text: order.po_number, bold: true, fontSize: 24, alignment: 'right' },
      ...(order.status === 'DRAFT'
        ? [{ text: 'DRAFT', bold: true, color: GREY, alignment: 'right' as const }]
        : []),
    ],
  };
}

function rule(pageWidth: number): Content {
  const width = pageWidth - 2 * MARGIN;
  return {
    canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.75, lineColor: RULE }],
    margin: [0, TEXT * 0.8, 0, TEXT * 0.8],
  };
}

function details(order: PurchaseOrder): Content {
  const { supplier } = order;
  const contact = [supplier.email, supplier.phone].map(plainText).filter(Boolean);
  return {
    columns: [
      {
        width: '*',
        stack: [
          label('SUPPLIER'),
          { text: pdfText(supplier.name), bold: true },
          ...contact.map((line) => ({ text: pdfText(line) })),
        ],
      },
      {
        width: 150,
        stack: [
          label('ORDER DATE'),
          date.format(new Date(order.created_at)),
          // A local day: read at noon so no time zone moves it to the day before.
          ...(order.expected_delivery
            ? [
                label('EXPECTED DELIVERY'),
                date.format(new Date(`${order.expected_delivery}T12:00:00`)),
              ]
            : []),
        ],
      },
    ],
    columnGap: TEXT * 2,
    margin: [0, 0, 0, TEXT * 1.2],
  };
}

function banner(text: string): Content {
  return {
    table: { widths: ['*'], body: [[{ text, bold: true, alignment: 'center' }]] },
    layout: { hLineWidth: () => 1.5, vLineWidth: () => 1.5 },
    margin: [0, 0, 0, TEXT],
  };
}

function linesTable(order: PurchaseOrder): Content {
  const head = (text: string, alignment: 'left' | 'right' = 'left'): TableCell => ({
    text,
    bold: true,
    fontSize: TEXT - 1,
    color: GREY,
    alignment,
    noWrap: true,
  });
  const right = (text: string, bold = false): TableCell => ({ text, alignment: 'right', bold });
  const units = order.lines.reduce((sum, l) => sum + l.quantity_ordered, 0);
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: ['auto', '*', 'auto', 'auto', 'auto'],
      body: [
        [
          head('SKU'),
          head('ITEM'),
          head('QTY', 'right'),
          head('UNIT COST', 'right'),
          head('TOTAL', 'right'),
        ],
        ...order.lines.map((line): TableCell[] => [
          { text: pdfText(line.sku), bold: true },
          { text: pdfText(line.title) },
          right(count.format(line.quantity_ordered)),
          right(amount.format(line.unit_cost)),
          right(amount.format(line.line_total)),
        ]),
        [
          { text: 'Total', bold: true, colSpan: 2 },
          '',
          right(count.format(units), true),
          '',
          right(amount.format(order.total), true),
        ],
      ],
    },
    layout: {
      hLineWidth: (i, node) =>
        i === 0 || i === node.table.body.length
          ? 0
          : i === 1 || i === node.table.body.length - 1
            ? 1
            : 0.5,
      vLineWidth: () => 0,
      hLineColor: (i) => (i === 1 ? '#333333' : RULE),
      paddingLeft: (i) => (i === 0 ? 0 : TEXT * 0.6),
      paddingRight: (i, node) => (i === (node.table.widths?.length ?? 0) - 1 ? 0 : TEXT * 0.6),
      paddingTop: () => TEXT * 0.4,
      paddingBottom: () => TEXT * 0.4,
    },
  };
}

function notes(text: string): Content {
  return {
    stack: [label('NOTES'), { text: pdfText(text) }],
    margin: [0, TEXT * 1.5, 0, 0],
    unbreakable: true,
  };
}
