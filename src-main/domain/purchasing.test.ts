import { describe, expect, it } from 'vitest';
import { FBA_SHIPMENT_STATUSES, PO_STATUSES } from './stock';
import { mayMoveFba, nextFbaStatus } from './fba';
import {
  isOpenPo,
  mayMovePo,
  mayReceivePo,
  nextPoStatus,
  poNumber,
  suggestedQuantity,
} from './purchasing';

describe('purchase order statuses', () => {
  it('move one step forward, or to CANCELLED while open, and nowhere else', () => {
    const allowed = PO_STATUSES.flatMap((from) =>
      PO_STATUSES.filter((to) => mayMovePo(from, to)).map((to) => `${from}→${to}`),
    );
    expect(allowed).toEqual([
      'DRAFT→SENT',
      'DRAFT→CANCELLED',
      'SENT→CONFIRMED',
      'SENT→CANCELLED',
      'CONFIRMED→IN_TRANSIT',
      'CONFIRMED→CANCELLED',
      'IN_TRANSIT→RECEIVED',
      'IN_TRANSIT→CANCELLED',
    ]);
  });

  it('offer as the next step the one forward move the rules allow, for orders and FBA plans', () => {
    for (const from of PO_STATUSES) {
      const forward = PO_STATUSES.filter((to) => to !== 'CANCELLED' && mayMovePo(from, to));
      expect(nextPoStatus(from)).toBe(forward[0] ?? null);
    }
    for (const from of FBA_SHIPMENT_STATUSES) {
      const forward = FBA_SHIPMENT_STATUSES.filter(
        (to) => to !== 'CANCELLED' && mayMoveFba(from, to),
      );
      expect(nextFbaStatus(from)).toBe(forward[0] ?? null);
    }
    expect(nextPoStatus('DRAFT')).toBe('SENT');
    expect(nextFbaStatus('SUBMITTED')).toBe('IN_TRANSIT');
  });

  it('are open until RECEIVED or CANCELLED, and receivable once sent', () => {
    expect(PO_STATUSES.filter(isOpenPo)).toEqual(['DRAFT', 'SENT', 'CONFIRMED', 'IN_TRANSIT']);
    expect(PO_STATUSES.filter(mayReceivePo)).toEqual(['SENT', 'CONFIRMED', 'IN_TRANSIT']);
  });
});

it('numbers an order PO- and six digits', () => {
  expect(poNumber(123)).toBe('PO-000123');
  expect(poNumber(1234567)).toBe('PO-1234567');
});

describe('suggestedQuantity', () => {
  const low = { sold: 0, leadTimeDays: 10, reorderPoint: 5, reorderQty: 0, available: 5 };

  it('covers the sales of the lead time and refills to the reorder point', () => {
    // 45 sold in 30 days is 1.5 a day: 15 over a 10-day lead time, plus 5 − (−2).
    expect(suggestedQuantity({ ...low, sold: 45, available: -2 })).toBe(15 + 7);
    // A part of a unit still has to be ordered.
    expect(suggestedQuantity({ ...low, sold: 1 })).toBe(1);
  });

  it('never orders less than the reorder quantity, nor a negative amount', () => {
    expect(suggestedQuantity({ ...low, reorderQty: 24 })).toBe(24);
    expect(suggestedQuantity({ ...low, available: 9 })).toBe(0);
  });
});
