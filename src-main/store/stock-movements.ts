import type { AdjustReason, MovementType } from '../domain/stock';
import { prepared } from '../platform/prepared';
import type { ReadDb, WriteTx } from './db';

/** One ledger row as written: quantity before and after are the caller's, checked by the ledger. */
export interface MovementRow {
  productId: number;
  type: MovementType;
  reason: AdjustReason | null;
  quantityChange: number;
  quantityBefore: number;
  quantityAfter: number;
  fromBin: string | null;
  toBin: string | null;
  referenceType: string | null;
  referenceId: number | null;
  note: string | null;
  userId: number | null;
}

/** A ledger row as history and the export read it, with who made it. */
export interface MovementView {
  id: number;
  sku: string;
  type: MovementType;
  reason: AdjustReason | null;
  quantity_change: number;
  quantity_before: number;
  quantity_after: number;
  from_bin: string | null;
  to_bin: string | null;
  reference_type: string | null;
  reference_id: number | null;
  note: string | null;
  username: string | null;
  created_at: string;
}

/**
 * Units on the shelves, by the ledger: the `quantity_after` of the SKU's newest movement, or 0
 * when it has none. Every row is written as the row before it plus its change, so this is the
 * sum of the ledger (the property test in stock-movements.test.ts holds it), read with one seek
 * of the product index instead of summing the SKU's whole history.
 */
export function onHand(db: ReadDb, productId: number): number {
  return (
    prepared<[number], { n: number }>(
      db,
      'select quantity_after as n from stock_movements where product_id = ? order by id desc limit 1',
    ).get(productId)?.n ?? 0
  );
}

/**
 * What the movements of one type for one cause still add up to, per SKU of `productIds` (the
 * SKUs it can have moved, so the ledger is read by its product index), reversals included.
 */
export function netMovements(
  db: ReadDb,
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

export function insertMovement(tx: WriteTx, m: MovementRow): number {
  return Number(
    prepared(
      tx,
      `insert into stock_movements (product_id, type, reason, quantity_change, quantity_before, quantity_after,
                                    from_bin, to_bin, reference_type, reference_id, note, user_id)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      m.productId,
      m.type,
      m.reason,
      m.quantityChange,
      m.quantityBefore,
      m.quantityAfter,
      m.fromBin,
      m.toBin,
      m.referenceType,
      m.referenceId,
      m.note,
      m.userId,
    ).lastInsertRowid,
  );
}

const VIEW = `select m.id, p.sku, m.type, m.reason, m.quantity_change, m.quantity_before, m.quantity_after,
                     m.from_bin, m.to_bin, m.reference_type, m.reference_id, m.note, u.username, m.created_at
                from stock_movements m join products p on p.id = m.product_id
                left join users u on u.id = m.user_id`;

/** One SKU's ledger, newest first, a page at a time. */
export function movementsOf(
  db: ReadDb,
  productId: number,
  page: { limit: number; offset: number },
): { movements: MovementView[]; total: number } {
  return {
    movements: prepared<[number, number, number], MovementView>(
      db,
      `${VIEW} where m.product_id = ? order by m.id desc limit ? offset ?`,
    ).all(productId, page.limit, page.offset),
    total: prepared<[number], { n: number }>(
      db,
      'select count(*) as n from stock_movements where product_id = ?',
    ).get(productId)!.n,
  };
}

export interface MovementFilter {
  productId?: number;
  /** ISO times: from inclusive, to exclusive. */
  from?: string;
  to?: string;
}

const CHUNK = 2000;

/**
 * The ledger in the order it was written, filtered, a chunk at a time by id: an export may be a
 * million rows, and a statement left open while it streams out would hold a read across the
 * writes of every action meanwhile.
 */
export function* iterateMovements(db: ReadDb, f: MovementFilter): Generator<MovementView> {
  const filter = { product: f.productId ?? null, from: f.from ?? null, to: f.to ?? null };
  const chunk = prepared<[typeof filter & { after: number; limit: number }], MovementView>(
    db,
    `${VIEW} where m.id > @after
                and (@product is null or m.product_id = @product)
                and (@from is null or m.created_at >= @from)
                and (@to is null or m.created_at < @to)
              order by m.id limit @limit`,
  );
  for (let after = 0; ;) {
    const rows = chunk.all({ ...filter, after, limit: CHUNK });
    yield* rows;
    if (rows.length < CHUNK) return;
    after = rows.at(-1)!.id;
  }
}

/** Whether no stock has ever been received, counted or moved. */
export function ledgerIsEmpty(db: ReadDb): boolean {
  return !prepared<[], { one: number }>(db, 'select 1 as one from stock_movements limit 1').get();
}
