import type { AdjustReason, MovementType } from '../../../src-main/domain/stock';
import type { Movement } from '../../../src-main/contract/inventory';

export const REASON_LABEL: Record<AdjustReason, string> = {
  RECOUNT: 'Recount (the shelf holds a different number)',
  DAMAGE: 'Damaged',
  FOUND: 'Found',
  LOSS: 'Lost or stolen',
  RETURN: 'Customer return',
  SUPPLIER: 'Supplier correction',
};

const TYPE_LABEL: Record<MovementType, string> = {
  RECEIVE: 'Received',
  SHIP: 'Shipped',
  ADJUST: 'Adjusted',
  COUNT: 'Counted',
  MOVE: 'Moved',
};

const SHORT_REASON: Record<AdjustReason, string> = {
  RECOUNT: 'recount',
  DAMAGE: 'damaged',
  FOUND: 'found',
  LOSS: 'lost',
  RETURN: 'return',
  SUPPLIER: 'supplier',
};

/** "Adjusted: damaged", "Shipped", "Moved A-1 → B-2": what a ledger row did, in words. */
export function movementText(m: Movement): string {
  const base = TYPE_LABEL[m.type];
  if (m.reason) return `${base}: ${SHORT_REASON[m.reason]}`;
  if (m.type === 'MOVE') return `${base} ${m.from_bin ?? '—'} → ${m.to_bin ?? '—'}`;
  return base;
}

/** +3 or −2, with a real minus sign so a column of changes reads cleanly. */
export const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');
