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
