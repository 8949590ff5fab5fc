/** The only ways stock changes (docs/architecture.md, "Stock changes"). */
export const MOVEMENT_TYPES = ['RECEIVE', 'SHIP', 'ADJUST', 'COUNT', 'MOVE'] as const;
export const ADJUST_REASONS = ['RECOUNT', 'DAMAGE', 'FOUND', 'LOSS', 'RETURN', 'SUPPLIER'] as const;
export type MovementType = (typeof MOVEMENT_TYPES)[number];
export type AdjustReason = (typeof ADJUST_REASONS)[number];

export const PO_STATUSES = [
  'DRAFT',
  'SENT',
  'CONFIRMED',
  'IN_TRANSIT',
  'RECEIVED',
  'CANCELLED',
] as const;

export const FBA_SHIPMENT_STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'IN_TRANSIT',
  'RECEIVED',
  'CANCELLED',
] as const;

/**
 * Which way each adjustment reason moves stock. FOUND and RETURN bring units back, DAMAGE and
 * LOSS take them off the sellable shelf; a RECOUNT or a SUPPLIER correction may go either way.
 */
export const ADJUST_SIGN: Record<AdjustReason, 'up' | 'down' | 'either'> = {
  RECOUNT: 'either',
  DAMAGE: 'down',
  FOUND: 'up',
  LOSS: 'down',
  RETURN: 'up',
  SUPPLIER: 'either',
};

/**
 * Why an adjustment may not be made, or null when it may. No reason lets an adjustment that
 * lowers stock end below zero: a RECOUNT says what is there (never less than nothing), and units
 * the ledger does not have cannot be damaged, lost or sent back to a supplier; the fix is a count
 * first. One that raises stock is always allowed, even when the SKU stays below zero after it
 * (shipped before its receipt was booked): it moves the ledger towards the shelf.
 */
export function adjustmentRefusal(
  reason: AdjustReason,
  before: number,
  change: number,
): 'wrong_direction' | 'negative_stock' | null {
  const sign = ADJUST_SIGN[reason];
  if ((sign === 'up' && change < 0) || (sign === 'down' && change > 0)) return 'wrong_direction';
  if (change < 0 && before + change < 0) return 'negative_stock';
  return null;
}
