import { carrierMismatch } from '../../../src-main/domain/carrier';
import type { OrderDetail, OrderItem, OrderSummary, ShippingAddress } from '../../api/types';
import { addressLines as slipAddressLines } from '../../../src-main/domain/slips';

export type LineState = 'picking' | 'short' | 'complete' | 'pending';

/**
 * Where a line stands at the desk. Short comes from `qty_short` alone: a line with units still
 * to pick is being picked, whatever it has picked so far.
 */
export function lineState(item: OrderItem): LineState {
  if (item.qty_picked + item.qty_short < item.qty_ordered) return 'picking';
  if (item.qty_picked === 0) return 'short';
  return item.qty_verified >= item.qty_picked ? 'complete' : 'pending';
}

export function progressOf(order: OrderDetail): { verified: number; toPack: number } {
  return order.items.reduce(
    (sum, item) => ({
      verified: sum.verified + Math.min(item.qty_verified, item.qty_picked),
      toPack: sum.toPack + item.qty_picked,
    }),
    { verified: 0, toPack: 0 },
  );
}

export const isComplete = (order: OrderDetail) => {
  const { verified, toPack } = progressOf(order);
  return verified >= toPack;
};

const units = (n: number) => `${n} ${n === 1 ? 'unit' : 'units'}`;

/**
 * The one line under the order number that says where the order is, true for every status.
 * "Fully short" is the server's `fully_short`, the rule the ready-to-pack list uses.
 */
export function progressText(order: OrderDetail): string {
  const { verified, toPack } = progressOf(order);
  const sum = (key: 'qty_ordered' | 'qty_short') => order.items.reduce((n, i) => n + i[key], 0);
  const by = order.packed_by ? ` by ${order.packed_by}` : '';
  switch (order.status) {
    case 'open': {
      const short = sum('qty_short');
      return `Being picked: ${toPack} of ${sum('qty_ordered')}${short ? `, ${short} short` : ''}`;
    }
    case 'ready_to_pack':
      if (order.fully_short) return 'Nothing to pack: every item of this order was short.';
      return verified >= toPack
        ? `All ${toPack} scanned — ready to mark packed`
        : `${verified} of ${toPack} scanned`;
    case 'packed':
      return order.fully_short
        ? `Closed out${by}: every item was short, so nothing was packed.`
        : `${units(toPack)} packed${by}, not shipped yet`;
    case 'shipped':
      return `${units(toPack)} packed${by} and shipped`;
    case 'cancelled':
      return 'Cancelled: nothing to pack or ship.';
  }
}

/** The ship-to block as the slip prints it, the customer's name standing in for a missing one. */
export function addressLines(address: ShippingAddress | null, fallbackName: string | null) {
  if (!address) return fallbackName ? [fallbackName] : [];
  return slipAddressLines({ ...address, name: address.name ?? fallbackName ?? undefined });
}

/** Packed-but-not-shipped and shipped orders, most recent first, at most `limit`. */
export function recentlyDone(
  pending: readonly OrderSummary[],
  shipped: readonly OrderSummary[],
  limit = 20,
): OrderSummary[] {
  const when = (o: OrderSummary) => o.shipped_at ?? o.packed_at ?? o.created_at;
  const seen = new Set<number>();
  return [...pending, ...shipped]
    .filter((o) => !seen.has(o.id) && seen.add(o.id))
    .sort((a, b) => (when(a) < when(b) ? 1 : when(a) > when(b) ? -1 : 0))
    .slice(0, limit);
}

/** `"8.5"` → 8.5; blank → undefined; anything else → NaN, so the form can say it is wrong. */
export function optionalNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  return /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** What the ship form holds, as typed. */
export interface ShipDraft {
  carrier: string;
  tracking: string;
  weight: string;
  cost: string;
}

/** A draft as the API takes it; blank weight or cost is undefined, a bad number an error. */
export function shipmentFields(
  draft: ShipDraft,
):
  | { carrier: string; tracking_number: string; weight_oz?: number; shipping_cost?: number }
  | { error: string } {
  const weight = optionalNumber(draft.weight);
  const cost = optionalNumber(draft.cost);
  if (Number.isNaN(weight) || Number.isNaN(cost)) {
    return { error: 'Weight and cost must be plain numbers, e.g. 12 or 8.95.' };
  }
  if (!draft.tracking.trim()) return { error: 'Type or scan the tracking number first.' };
  return {
    carrier: draft.carrier,
    tracking_number: draft.tracking.trim(),
    weight_oz: weight,
    shipping_cost: cost,
  };
}

/** Said before the packer submits: the number has another carrier's format. */
export function carrierWarning(carrier: string, tracking: string): string | null {
  const looksLike = carrierMismatch(carrier, tracking);
  return looksLike && tracking.trim()
    ? `This looks like a ${looksLike} tracking number, not ${carrier}.`
    : null;
}

/**
 * Tells a one-key shortcut from a letter of a code: a key counts only when no key came within
 * `typingMs` before it (the P of "TRT-BIS-PAR" typed by hand is a letter, not "print") and
 * `quietMs` pass without another key after it (the first keys of a barcode gun's burst). Fed
 * key presses with their time; no DOM.
 */
export class ShortcutGate<T> {
  private pending: { value: T; at: number } | null = null;
  private lastAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly quietMs: number,
    private readonly typingMs: number,
  ) {}

  /** Any key press: whatever was pending was part of a burst. `value` may start a new wait. */
  press(at: number, value: T | null): void {
    const typing = at - this.lastAt < this.typingMs;
    this.lastAt = at;
    this.pending = value === null || typing ? null : { value, at };
  }

  /**
   * What came before is finished (a scan completed, Enter or Esc): drops what is pending, and the
   * next key may be a shortcut however soon it comes. A packer presses P right after the last scan.
   */
  cancel(): void {
    this.pending = null;
    this.lastAt = Number.NEGATIVE_INFINITY;
  }

  /** The pending shortcut, if `quietMs` have passed since it was pressed with nothing after it. */
  due(now: number): T | null {
    if (!this.pending || now - this.pending.at < this.quietMs) return null;
    const { value } = this.pending;
    // A shortcut that fired was a key on its own, not a letter of a word: the next may follow soon.
    this.cancel();
    return value;
  }
}
