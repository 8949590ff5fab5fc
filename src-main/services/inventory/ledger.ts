import type { AdjustReason, MovementType } from '../../domain/stock';
import type { Db } from '../../platform/database';
import { prepared } from '../../platform/prepared';

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

/** Units on the shelves: the sum of the SKU's ledger. Negative when more left than was recorded in. */
export function onHand(db: Db, productId: number): number {
  return prepared<[number], { n: number }>(
    db,
    'select coalesce(sum(quantity_change), 0) as n from stock_movements where product_id = ?',
  ).get(productId)!.n;
}

/**
 * What the movements of one type for one cause still add up to, per SKU of `productIds` (the
 * SKUs it can have moved, so the ledger is read by its product index), reversals included: the
 * units an order's shipment took off the shelves, or nothing once it was voided.
 */
export function netMovements(
  db: Db,
  type: MovementType,
  reference: { type: string; id: number },
  productIds: number[],
): { product_id: number; quantity: number }[] {
  return prepared<[string, string, string, number], { product_id: number; quantity: number }>(
    db,
    `select product_id, sum(quantity_change) as quantity from stock_movements
      where product_id in (select value from json_each(?))
        and type = ? and reference_type = ? and reference_id = ?
      group by product_id having sum(quantity_change) != 0 order by min(id)`,
  ).all(JSON.stringify(productIds), type, reference.type, reference.id);
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
export function recordMovement(db: Db, m: MovementInput): RecordedMovement {
  if (!db.$client.inTransaction) {
    throw new Error('recordMovement must run inside the write of the action that causes it');
  }
  const direction = m.reversal ? -m.quantityChange : m.quantityChange;
  if (!Number.isInteger(m.quantityChange) || !DIRECTION[m.type](direction)) {
    throw new RangeError(`a ${m.type} movement cannot change stock by ${m.quantityChange}`);
  }
  if (m.type === 'ADJUST' && !m.reason) throw new RangeError('an ADJUST movement needs a reason');
  const before = onHand(db, m.productId);
  const after = before + m.quantityChange;
  const id = Number(
    prepared(
      db,
      `insert into stock_movements (product_id, type, reason, quantity_change, quantity_before, quantity_after,
                                    from_bin, to_bin, reference_type, reference_id, note, user_id)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      m.productId,
      m.type,
      m.reason ?? null,
      m.quantityChange,
      before,
      after,
      m.fromBin ?? null,
      m.toBin ?? null,
      m.referenceType ?? null,
      m.referenceId ?? null,
      m.note ?? null,
      m.userId,
    ).lastInsertRowid,
  );
  return { id, quantity_before: before, quantity_after: after };
}
