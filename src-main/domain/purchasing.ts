import type { PO_STATUSES } from './stock';

export type PoStatus = (typeof PO_STATUSES)[number];

/** The road a purchase order travels; each status may only move to the next one. */
const NEXT: Record<PoStatus, PoStatus | null> = {
  DRAFT: 'SENT',
  SENT: 'CONFIRMED',
  CONFIRMED: 'IN_TRANSIT',
  IN_TRANSIT: 'RECEIVED',
  RECEIVED: null,
  CANCELLED: null,
};

/** The one step forward from a status (cancelling aside), or null at the end of the road. */
export const nextPoStatus = (status: PoStatus): PoStatus | null => NEXT[status];

/** Not yet RECEIVED or CANCELLED: its missing units still count as incoming (API.md). */
export const isOpenPo = (status: PoStatus): boolean => NEXT[status] !== null;

/** The one next status, or CANCELLED from any open one. */
export const mayMovePo = (from: PoStatus, to: PoStatus): boolean =>
  NEXT[from] === to || (to === 'CANCELLED' && isOpenPo(from));

/** Units can arrive once the supplier has the order, until it is closed. */
export const mayReceivePo = (status: PoStatus): boolean => status !== 'DRAFT' && isOpenPo(status);

/** PO-000123: the row id, padded so numbers sort and read alike. */
export const poNumber = (id: number): string => `PO-${String(id).padStart(6, '0')}`;

/** The window recent sales are read over, and a lead time assumed for a supplier without one. */
export const SALES_WINDOW_DAYS = 30;
export const DEFAULT_LEAD_TIME_DAYS = 14;

/**
 * How many units to order of a SKU at or below its reorder point: enough to cover what sells
 * while the supplier delivers and bring it back up to the reorder point, and never less than its
 * reorder quantity. `sold` is the units sold over the SALES_WINDOW_DAYS just past.
 */
export function suggestedQuantity(s: {
  sold: number;
  leadTimeDays: number;
  reorderPoint: number;
  reorderQty: number;
  available: number;
}): number {
  const duringLeadTime = Math.ceil((s.sold * s.leadTimeDays) / SALES_WINDOW_DAYS);
  return Math.max(s.reorderQty, duringLeadTime + s.reorderPoint - s.available, 0);
}
