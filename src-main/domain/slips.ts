import type { OrderStatus, ShippingAddress } from './orders';
import { plainText } from './plain-text';

/** Paper sizes a packing slip comes in: office printers and 4×6 label printers. */
export const SLIP_SIZES = ['letter', 'a4', '4x6'] as const;
export type SlipSize = (typeof SLIP_SIZES)[number];

export interface SlipLine {
  sku: string;
  title: string;
  ordered: number;
  /** Units in the box: packed once the order is packed, until then the picked units to pack. */
  qty: number;
  /** Units that will not ship because the shelf was empty. */
  short: number;
  /** Units nobody has picked or marked short yet (only while the order is still open). */
  unpicked: number;
}

export interface SlipData {
  orderId: number;
  number: string;
  status: OrderStatus;
  /** True once packed: `qty` then counts packed units rather than units to pack. */
  packed: boolean;
  createdAt: string;
  shipTo: ShippingAddress | null;
  lines: SlipLine[];
}

/** How a line that does not ship in full reads on a slip (PDF or receipt); null when it ships in full. */
export function shortfallNote(line: SlipLine): string | null {
  const notes: string[] = [];
  if (line.short > 0) {
    notes.push(
      line.qty === 0 && line.unpicked === 0
        ? 'Out of stock'
        : `${line.short} back-ordered — out of stock`,
    );
  }
  if (line.unpicked > 0) notes.push(`${line.unpicked} not picked yet`);
  return notes.length > 0 ? notes.join('; ') : null;
}

/** A ship-to address as the lines a label shows, printable text only, empty lines left out. */
export function addressLines(a: ShippingAddress): string[] {
  const cityLine = [a.city, [a.state, a.postal_code].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  return [a.name, a.line1, a.line2, cityLine, a.country].map(plainText).filter(Boolean);
}

/** An order line as the slip rule needs it. */
export interface SlipItem {
  sku: string;
  title: string;
  qty_ordered: number;
  qty_picked: number;
  qty_short: number;
  qty_packed: number;
}

/**
 * A slip line's quantities: once packed, what went in the box; before, the units picked, those
 * short, and those nobody has picked or marked short yet. Never more than ordered in all.
 */
export function slipLine(item: SlipItem, packed: boolean): SlipLine {
  const base = { sku: item.sku, title: item.title, ordered: item.qty_ordered };
  if (packed) {
    const qty = Math.min(item.qty_packed, item.qty_ordered);
    return { ...base, qty, short: item.qty_ordered - qty, unpicked: 0 };
  }
  const qty = Math.min(item.qty_picked, item.qty_ordered);
  const short = Math.min(item.qty_short, item.qty_ordered - qty);
  return { ...base, qty, short, unpicked: item.qty_ordered - qty - short };
}
