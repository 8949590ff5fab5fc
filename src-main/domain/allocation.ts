/** One order line that still needs units of a SKU. */
export interface OpenLine {
  itemId: number;
  orderId: number;
  orderNumber: string;
  remaining: number;
}

export interface Allocation {
  order_id: number;
  order_number: string;
  item_id: number;
  qty: number;
}

export type FillResult = { ok: true; allocations: Allocation[] } | { ok: false; available: number };

/**
 * Gives `qty` units to `lines` in the order they come, each up to what it still needs. Picks
 * pass lines oldest order first (FIFO); shortages pass them newest first. More than the lines
 * need is refused with how many they do need, never silently capped. Stops reading `lines` as
 * soon as `qty` is placed, so a caller can stream them from an index.
 */
export function fillLines(lines: Iterable<OpenLine>, qty: number): FillResult {
  if (!Number.isInteger(qty) || qty <= 0)
    throw new RangeError(`qty must be a positive integer, got ${qty}`);
  const allocations: Allocation[] = [];
  let left = qty;
  let available = 0;
  for (const line of lines) {
    if (line.remaining <= 0) continue;
    available += line.remaining;
    if (left > 0) {
      const take = Math.min(left, line.remaining);
      allocations.push({
        order_id: line.orderId,
        order_number: line.orderNumber,
        item_id: line.itemId,
        qty: take,
      });
      left -= take;
      if (left === 0) return { ok: true, allocations };
    }
  }
  return { ok: false, available };
}
