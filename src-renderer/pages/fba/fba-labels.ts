import type { FbaStatus } from '../../../src-main/domain/fba';

export const FBA_STATUS_LABEL: Record<FbaStatus, string> = {
  DRAFT: 'Draft',
  SUBMITTED: 'Submitted',
  IN_TRANSIT: 'On its way to Amazon',
  RECEIVED: 'Received by Amazon',
  CANCELLED: 'Cancelled',
};

/** The button that moves a plan on, and what it does to the warehouse. */
export const FBA_MOVE: Partial<Record<FbaStatus, { label: string; confirm?: string }>> = {
  SUBMITTED: { label: 'Mark submitted to Amazon' },
  IN_TRANSIT: {
    label: 'Shipped to Amazon',
    confirm: 'The units leave the warehouse stock now (a SHIP in the ledger per item).',
  },
  RECEIVED: { label: 'Amazon received it' },
};
