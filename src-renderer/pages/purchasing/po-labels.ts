import type { PoStatus } from '../../../src-main/domain/purchasing';

export const PO_STATUS_LABEL: Record<PoStatus, string> = {
  DRAFT: 'Draft',
  SENT: 'Sent',
  CONFIRMED: 'Confirmed',
  IN_TRANSIT: 'In transit',
  RECEIVED: 'Received',
  CANCELLED: 'Cancelled',
};

/** The button that moves an order on, in the words of what just happened. */
export const MOVE_LABEL: Partial<Record<PoStatus, string>> = {
  SENT: 'Mark sent',
  CONFIRMED: 'Supplier confirmed',
  IN_TRANSIT: 'On its way',
  RECEIVED: 'Close as received',
};

const currency = new Intl.NumberFormat(undefined, {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** 1234.5 → "1,234.50": the station keeps no currency, so none is shown. */
export const amount = (n: number) => currency.format(n);
