import type { OrderDetail, OrderItem, OrderSummary, ShippingAddress } from '../../api/types';

export type LineState = 'short' | 'complete' | 'pending';

/** A line with nothing picked was entirely short: nothing of it goes in the box. */
export function lineState(item: OrderItem): LineState {
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

export const isFullyShort = (order: OrderDetail) =>
  order.items.every((item) => item.qty_ordered === 0 || item.qty_picked === 0);

/** The ship-to block, one line per part, leaving out what the channel did not send. */
export function addressLines(address: ShippingAddress | null, fallbackName: string | null) {
  if (!address) return fallbackName ? [fallbackName] : [];
  const cityLine = [address.city, [address.state, address.postal_code].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  return [
    address.name ?? fallbackName,
    address.line1,
    address.line2,
    cityLine,
    address.country,
  ].filter((part): part is string => !!part);
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

export const CARRIERS = ['USPS', 'UPS', 'FedEx', 'DHL', 'Other'] as const;

/** `"8.5"` → 8.5; blank → undefined; anything else → NaN, so the form can say it is wrong. */
export function optionalNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  return /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/**
 * Tells a one-key shortcut from the first keys of a barcode gun's burst: a key only counts
 * once `quietMs` pass without another key. Fed key presses with their time; no DOM.
 */
export class ShortcutGate<T> {
  private pending: { value: T; at: number } | null = null;

  constructor(private readonly quietMs: number) {}

  /** Any key press: whatever was pending was part of a burst. `value` starts a new wait. */
  press(at: number, value: T | null): void {
    this.pending = value === null ? null : { value, at };
  }

  /** Drops what is pending (a scan just completed). */
  cancel(): void {
    this.pending = null;
  }

  /** The pending shortcut, if `quietMs` have passed since it was pressed with nothing after it. */
  due(now: number): T | null {
    if (!this.pending || now - this.pending.at < this.quietMs) return null;
    const { value } = this.pending;
    this.pending = null;
    return value;
  }
}
