import type { FBA_SHIPMENT_STATUSES } from './stock';

export type FbaStatus = (typeof FBA_SHIPMENT_STATUSES)[number];

/** The road a plan travels to Amazon; each status may only move to the next one. */
const NEXT: Record<FbaStatus, FbaStatus | null> = {
  DRAFT: 'SUBMITTED',
  SUBMITTED: 'IN_TRANSIT',
  IN_TRANSIT: 'RECEIVED',
  RECEIVED: null,
  CANCELLED: null,
};

/** The one step forward from a status (cancelling aside), or null at the end of the road. */
export const nextFbaStatus = (status: FbaStatus): FbaStatus | null => NEXT[status];

/** Once the boxes are on their way the stock has left the ledger: cancelling is too late. */
const CANCELLABLE: ReadonlySet<FbaStatus> = new Set(['DRAFT', 'SUBMITTED']);

export const mayMoveFba = (from: FbaStatus, to: FbaStatus): boolean =>
  NEXT[from] === to || (to === 'CANCELLED' && CANCELLABLE.has(from));

/** Items are the plan itself until it is submitted. */
export const mayEditFbaItems = (status: FbaStatus): boolean => status === 'DRAFT';

/** The move that takes the units off the warehouse shelf (a SHIP per item). */
export const shipsStock = (to: FbaStatus): boolean => to === 'IN_TRANSIT';

/** FBA-000123: the name of a plan nobody named, from its id like a PO number. */
export const fbaPlanName = (id: number): string => `FBA-${String(id).padStart(6, '0')}`;
