import type { ShippingAddress } from '../../domain/orders';
import type { Alignment, Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { code128Svg } from './barcode';
import { pdfText } from './pdf-text';
import { plainLines, plainText } from '../../domain/plain-text';
import type { SlipSize } from '../../domain/slips';
import { addressLines, shortfallNote, type SlipData } from '../../domain/slips';

export interface Seller {
  name: string;
  address: string;
  /** A data URL (PNG, JPEG or SVG), as the settings hold it. */
  logo: string | null;
}

interface Metrics {
  page: { width: number; height: number };
  margin: number;
  /** Body text size; everything else scales from it. */
  text: number;
  orderNumber: number;
  barcodeHeight: number;
  /** Points per bar module: about 0.4 mm reads well with any USB gun. */
  module: number;
  logo: [number, number];
  /** Label-printer sizes stack the header instead of setting it in two columns. */
  stacked: boolean;
}

const FULL_PAGE: Omit<Metrics, 'page'> = {
  margin: 40,
  text: 10,
  orderNumber: 24,
  barcodeHeight: 42,
  module: 1.2,
  logo: [150, 56],
  stacked: false,
};

const METRICS: Record<SlipSize, Metrics> = {
  letter: { ...FULL_PAGE, page: { width: 612, height: 792 } },
  a4: { ...FULL_PAGE, page: { width: 595.28, height: 841.89 } },
  '4x6': {
    page: { width: 288, height: 432 },
    margin: 14,
    text: 7.5,
    orderNumber: 17,
    barcodeHeight: 34,
    module: 1.1,
    logo: [90, 30],
    stacked: true,
  },
};

const GREY = '#555555';
const RULE = '#999999';

const orderDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' });

/**
 * Packing slips as a pdfmake document, one slip per order, each starting on a new page. Pure:
 * everything it prints comes in through its arguments.
 */
export function packingSlipDocument(
  slips: readonly SlipData[],
  seller: Seller,
  size: SlipSize,
): TDocumentDefinitions {
  const m = METRICS[size];
  return {
    pageSize: m.page,
    pageMargins: [m.margin, m.margin, m.margin, m.margin + m.text],
    info: {
      title:
        slips.length === 1 ? `Packing slip ${slips[0]!.number}` : `${slips.length} packing slips`,
      creator: 'Warehouse Station',
    },
    defaultStyle: { font: 'Roboto', fontSize: m.text, lineHeight: 1.15 },
    content: slips.map((slip, i) => ({
      stack: slipContent(slip, seller, m),
      ...(i > 0 && { pageBreak: 'before' as const }),
    })),
    footer:
      slips.length === 1
        ? (page, pages) =>
            pages > 1
              ? {
                  text: `${plainText(slips[0]!.number)} · page ${page} of ${pages}`,
                  alignment: 'right',
                  fontSize: m.text - 1,
                  color: GREY,
                  margin: [m.margin, 0, m.margin, 0],
                }
              : null
        : undefined,
  };
}

function slipContent(slip: SlipData, seller: Seller, m: Metrics): Content[] {
  const from = sellerBlock(seller, m);
  const order = orderBlock(slip, m);
  return [
    m.stacked
      ? { stack: [from, order] }
      : {
          columns: [
            { width: '*', stack: [from] },
            { width: 'auto', stack: [order] },
          ],
        },
    rule(m),
    details(slip, m),
    ...(slip.status === 'cancelled' ? [cancelledBanner(m)] : []),
    linesTable(slip, m),
    closingNote(slip, seller, m),
  ];
}

function sellerBlock(seller: Seller, m: Metrics): Content {
  const logo = logoContent(seller.logo, m);
  return {
    stack: [
      ...(logo ? [logo] : []),
      { text: pdfText(seller.name), bold: true, fontSize: m.text + 3 },
      ...plainLines(seller.address).map((line) => ({ text: pdfText(line), color: GREY })),
    ],
    margin: [0, 0, 0, m.stacked ? m.text * 0.6 : 0],
  };
}

function orderBlock(slip: SlipData, m: Metrics): Content {
  const barcode = code128Svg(slip.number);
  const align: Alignment = m.stacked ? 'left' : 'right';
  return {
    stack: [
      {
        text: 'PACKING SLIP',
        fontSize: m.text - 1,
        color: GREY,
        alignment: align,
      },
      { text: pdfText(slip.number), bold: true, fontSize: m.orderNumber, alignment: align },
      ...(barcode
        ? [
            {
              svg: barcode.svg,
              width: Math.min(
                barcode.modules * m.module,
                m.page.width - 2 * m.margin - (m.stacked ? 0 : 220),
              ),
              height: m.barcodeHeight,
              alignment: align,
              margin: [0, m.text * 0.3, 0, 0] as [number, number, number, number],
            },
          ]
        : []),
    ],
  };
}

/** PNG and JPEG must carry their signature and an SVG must look like one, or it is left out. */
function logoContent(dataUrl: string | null, m: Metrics): Content | null {
  const match = dataUrl && /^data:image\/(png|jpeg|svg\+xml);base64,(.+)$/s.exec(dataUrl);
  if (!match) return null;
  const bytes = Buffer.from(match[2]!, 'base64');
  const [width, height] = m.logo;
  const margin: [number, number, number, number] = [0, 0, 0, m.text * 0.4];
  if (match[1] === 'svg+xml') {
    const svg = bytes.toString('utf8');
    if (!/<svg[\s>]/.test(svg)) return null;
    // An SVG <image> could name a file on this PC; only inline images are drawn.
    const imageCallback = (link: string) => (link.startsWith('data:') ? link : '');
    return { svg, fit: [width, height], margin, options: { imageCallback } } as Content;
  }
  const png = bytes.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  const jpeg = bytes.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]));
  return png || jpeg ? { image: dataUrl, fit: [width, height], margin } : null;
}

function rule(m: Metrics): Content {
  const width = m.page.width - 2 * m.margin;
  return {
    canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.75, lineColor: RULE }],
    margin: [0, m.text * 0.8, 0, m.text * 0.8],
  };
}

function label(text: string, m: Metrics): Content {
  return { text, fontSize: m.text - 1.5, color: GREY, bold: true, characterSpacing: 0.5 };
}

function details(slip: SlipData, m: Metrics): Content {
  const date = {
    width: m.stacked ? 'auto' : 150,
    stack: [label('ORDER DATE', m), orderDate.format(new Date(slip.createdAt))],
  };
  const shipTo = slip.shipTo && {
    width: '*',
    stack: [label('SHIP TO', m), ...shipToLines(slip.shipTo)],
  };
  return {
    columns: shipTo ? [shipTo, date] : [date],
    columnGap: m.text * 2,
    margin: [0, 0, 0, m.text * 1.2],
  };
}

function shipToLines(a: ShippingAddress): Content[] {
  const named = plainText(a.name) !== '';
  return addressLines(a).map((line, i) => ({ text: pdfText(line), bold: i === 0 && named }));
}

function cancelledBanner(m: Metrics): Content {
  return {
    table: {
      widths: ['*'],
      body: [[{ text: 'CANCELLED ORDER: DO NOT SHIP', bold: true, alignment: 'center' }]],
    },
    layout: { hLineWidth: () => 1.5, vLineWidth: () => 1.5 },
    margin: [0, 0, 0, m.text],
  };
}

function linesTable(slip: SlipData, m: Metrics): Content {
  const head = (text: string, alignment: 'left' | 'right' = 'left'): TableCell => ({
    text,
    bold: true,
    fontSize: m.text - 1,
    color: GREY,
    alignment,
    noWrap: true,
  });
  const rows: TableCell[][] = slip.lines.map((line) => {
    const note = shortfallNote(line);
    return [
      { text: pdfText(line.sku), bold: true },
      {
        stack: [
          { text: pdfText(line.title) },
          ...(note ? [{ text: note, bold: true, fontSize: m.text - 0.5 }] : []),
        ],
      },
      { text: String(line.ordered), alignment: 'right' },
      { text: String(line.qty), alignment: 'right', bold: note !== null },
    ];
  });
  if (rows.length === 0) {
    rows.push([{ text: 'This order has no items.', colSpan: 4, color: GREY }, '', '', '']);
  }
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [m.stacked ? 62 : 'auto', '*', 'auto', 'auto'],
      body: [
        [
          head('SKU'),
          head('ITEM'),
          head('ORDERED', 'right'),
          head(slip.packed ? 'PACKED' : 'TO PACK', 'right'),
        ],
        ...rows,
      ],
    },
    layout: {
      hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0 : i === 1 ? 1 : 0.5),
      vLineWidth: () => 0,
      hLineColor: (i) => (i === 1 ? '#333333' : RULE),
      paddingLeft: (i) => (i === 0 ? 0 : m.text * 0.6),
      paddingRight: (i, node) => (i === (node.table.widths?.length ?? 0) - 1 ? 0 : m.text * 0.6),
      paddingTop: () => m.text * 0.4,
      paddingBottom: () => m.text * 0.4,
    },
  };
}

function closingNote(slip: SlipData, seller: Seller, m: Metrics): Content {
  const anyShort = slip.lines.some((l) => l.short > 0);
  const sellerName = plainText(seller.name);
  return {
    stack: [
      ...(anyShort
        ? [
            {
              text: 'Items marked out of stock are not in this package.',
              bold: true,
            },
          ]
        : []),
      {
        text: sellerName
          ? [`Thank you for your order from `, { text: pdfText(sellerName) }, '!']
          : 'Thank you for your order!',
        italics: true,
        color: GREY,
      },
    ],
    margin: [0, m.text * 1.5, 0, 0],
    unbreakable: true,
  };
}
