import type { AdjustReason, MovementType } from '../../domain/stock';
import type { WriteTx } from '../../store/db';
import { insertMovement, onHand } from '../../store/stock-movements';

export { netMovements, onHand } from '../../store/stock-movements';

export interface MovementInput {
  productId: number;
  type: MovementType;
  quantityChange: number;
  /** Required for ADJUST: why the count changed (docs/architecture.md "Stock changes"). */
  reason?: AdjustReason;
  fromBin?: string;
  toBin?: string;
  /** What caused it: `order`, `shipment`, `purchase_order`, `fba_shipment`, `count`. */
  referenceType?: string;
  referenceId?: number;
  userId: number | null;
  note?: string;
  /** Undoes earlier movements of the same type (a voided shipment), so it moves the other way. */
  reversal?: boolean;
}

export interface RecordedMovement {
  id: number;
  quantity_before: number;
  quantity_after: number;
}

/** Which way each type may move stock; a sign the wrong way is a bug in the caller. */
const DIRECTION: Record<MovementType, (change: number) => boolean> = {
  RECEIVE: (n) => n > 0,
  SHIP: (n) => n < 0,
  ADJUST: (n) => n !== 0,
  COUNT: () => true,
  // Between bins of the one warehouse: where the units sit changes, not how many there are.
  MOVE: (n) => n === 0,
};

/**
 * Appends one movement with the SKU's quantity before and after. Must run inside the caller's
 * write (ctx.writes.run): a movement belongs to an action (a shipment, a receipt) and commits or
 * rolls back with it. The ledger does not refuse to go below zero: shipping what was never
 * received means the ledger is behind the shelf, which a count fixes, not a blocked packer.
 */
export function recordMovement(tx: WriteTx, m: MovementInput): RecordedMovement {
  // The type already says so; a connection cast to WriteTx outside the queue still stops here.
  if (!tx.$client.inTransaction) {
    throw new Error('recordMovement must run inside the write of the action that causes it');
  }
  const direction = m.reversal ? -m.quantityChange : m.quantityChange;
  if (!Number.isInteger(m.quantityChange) || !DIRECTION[m.type](direction)) {
    throw new RangeError(`a ${m.type} movement cannot change stock by ${m.quantityChange}`);
  }
  if (m.type === 'ADJUST' && !m.reason) throw new RangeError('an ADJUST movement needs a reason');
  const before = onHand(tx, m.productId);
  const after = before + m.quantityChange;
  const id = insertMovement(tx, {
    productId: m.productId,
    type: m.type,
    reason: m.reason ?? null,
    quantityChange: m.quantityChange,
    quantityBefore: before,
    quantityAfter: after,
    fromBin: m.fromBin ?? null,
    toBin: m.toBin ?? null,
    referenceType: m.referenceType ?? null,
    referenceId: m.referenceId ?? null,
    note: m.note ?? null,
    userId: m.userId,
  });
  return { id, quantity_before: before, quantity_after: after };
}
