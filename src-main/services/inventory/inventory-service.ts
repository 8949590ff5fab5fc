import type { BinMove, InventoryQuery, Movement, StockChange } from '../../contract/inventory';
import { csvRecord } from '../../domain/csv';
import { conflict, invalid, notFound } from '../../domain/errors';
import { ADJUST_SIGN, adjustmentRefusal, type AdjustReason } from '../../domain/stock';
import type { Db } from '../../platform/database';
import type { WriteQueue } from '../../platform/write-queue';
import type { ReadDb, WriteTx } from '../../store/db';
import { combinedLevels, inventoryLevels, type LevelsQuery } from '../../store/inventory-levels';
import { productIdBySku } from '../../store/product-catalog';
import { binOf, clearCountFlag, setBin } from '../../store/products';
import { iterateMovements, movementsOf, onHand } from '../../store/stock-movements';
import type { EventBus } from '../events/event-bus';
import { recordMovement, type MovementInput } from './ledger';

export interface StockActor {
  id: number;
  username: string;
}

const EXPORT_HEADER = [
  'id',
  'created_at',
  'sku',
  'type',
  'reason',
  'quantity_change',
  'quantity_before',
  'quantity_after',
  'from_bin',
  'to_bin',
  'reference_type',
  'reference_id',
  'note',
  'username',
] as const;

const pageOf = (q: { page: number; page_size: number }) => ({
  limit: q.page_size,
  offset: (q.page - 1) * q.page_size,
});

const levelsQuery = (q: InventoryQuery, lowOnly = false): LevelsQuery => ({
  q: q.q || undefined,
  sort: q.sort,
  lowOnly,
  ...pageOf(q),
});

/** Midnight starting a `YYYY-MM-DD` in the station's time zone, as the ISO time the ledger keeps. */
function localMidnight(day: string, plusDays = 0): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + plusDays).toISOString();
}

/**
 * Stock as people see and change it: the derived figures per SKU, adjustments and counts. Every
 * change is one ledger movement in one write, with who made it; open screens hear `stock`.
 */
export class InventoryService {
  constructor(
    private readonly db: Db,
    private readonly writes: WriteQueue,
    private readonly bus: EventBus,
  ) {}

  list(q: InventoryQuery) {
    return { ...inventoryLevels(this.db, levelsQuery(q)), page: q.page, page_size: q.page_size };
  }

  lowStock(q: InventoryQuery) {
    const low = inventoryLevels(this.db, levelsQuery(q, true));
    return { ...low, page: q.page, page_size: q.page_size };
  }

  /** Every active SKU at or below its reorder point, lowest available first: the reorder alert. */
  atReorderPoint() {
    const low = { sort: 'available', lowOnly: true, limit: -1, offset: 0 } as const;
    return inventoryLevels(this.db, low).items;
  }

  combined(q: InventoryQuery) {
    return { ...combinedLevels(this.db, levelsQuery(q)), page: q.page, page_size: q.page_size };
  }

  /** Active SKUs in a cycle count's walk: the flagged ones first, then bin by bin. */
  toCount(q: Omit<InventoryQuery, 'sort'>) {
    const walk = { ...levelsQuery({ ...q, sort: 'sku' }), countWalk: true };
    return { ...inventoryLevels(this.db, walk), page: q.page, page_size: q.page_size };
  }

  history(sku: string, q: { page: number; page_size: number }) {
    const { movements, total } = movementsOf(this.db, this.productId(this.db, sku), pageOf(q));
    const [stock] = inventoryLevels(this.db, { sku, sort: 'sku', limit: 1, offset: 0 }).items;
    return {
      sku,
      stock: stock!,
      movements: movements.map(({ sku: _, ...m }): Movement => m),
      total,
      page: q.page,
      page_size: q.page_size,
    };
  }

  /**
   * The ledger as CSV lines, header first; `to` includes its whole day. Checked before the first
   * line, so a bad filter answers an error rather than a cut-off file.
   */
  exportCsv(f: { sku?: string; from?: string; to?: string }): Iterable<string> {
    if (f.from && f.to && f.from > f.to) throw invalid('to', '"to" must not be before "from".');
    const rows = iterateMovements(this.db, {
      productId: f.sku === undefined ? undefined : this.productId(this.db, f.sku),
      from: f.from && localMidnight(f.from),
      to: f.to && localMidnight(f.to, 1),
    });
    return (function* () {
      yield csvRecord(EXPORT_HEADER);
      for (const m of rows) yield csvRecord(EXPORT_HEADER.map((column) => m[column]));
    })();
  }

  async adjust(
    sku: string,
    change: { type: AdjustReason; quantity_change: number; reason?: string },
    by: StockActor,
  ): Promise<StockChange> {
    const answer = await this.writes.run((tx) => {
      const productId = this.productId(tx, sku);
      const before = onHand(tx, productId);
      const refusal = adjustmentRefusal(change.type, before, change.quantity_change);
      if (refusal === 'wrong_direction') {
        const adds = ADJUST_SIGN[change.type] === 'up';
        throw invalid(
          'quantity_change',
          `"quantity_change" must be ${adds ? 'positive' : 'negative'}: ${change.type} ${adds ? 'adds units' : 'takes units off'}.`,
        );
      }
      if (refusal === 'negative_stock') {
        throw conflict(
          'negative_stock',
          `Only ${before} of ${sku} are on hand, so ${-change.quantity_change} cannot be taken off. Count the SKU first.`,
          { sku, on_hand: before },
        );
      }
      return this.record(tx, sku, {
        productId,
        type: 'ADJUST',
        quantityChange: change.quantity_change,
        reason: change.type,
        note: change.reason || undefined,
        userId: by.id,
      });
    });
    this.bus.publish('stock', { sku, on_hand: answer.quantity_after, by: by.username });
    return answer;
  }

  async count(
    sku: string,
    counted: number,
    by: StockActor,
  ): Promise<StockChange & { difference: number }> {
    const answer = await this.writes.run((tx) => {
      const productId = this.productId(tx, sku);
      const difference = counted - onHand(tx, productId);
      clearCountFlag(tx, productId);
      const counting = { productId, userId: by.id, referenceType: 'count' };
      return {
        ...(difference === 0
          ? this.record(tx, sku, { ...counting, type: 'COUNT', quantityChange: 0 })
          : this.record(tx, sku, {
              ...counting,
              type: 'ADJUST',
              quantityChange: difference,
              reason: 'RECOUNT',
            })),
        difference,
      };
    });
    this.bus.publish('stock', { sku, on_hand: answer.quantity_after, by: by.username });
    return answer;
  }

  /**
   * Carries SKUs to `toBin` in one write: per SKU a MOVE (on_hand unchanged, from and to bin set,
   * the units carried in its note: the product has one bin, so all of it now lives there) and
   * the product's bin. `quantity` defaults to what the ledger has on hand. Refused whole when
   * one is already in `toBin`.
   */
  async move(
    skus: readonly { sku: string; quantity?: number }[],
    toBin: string,
    by: StockActor,
  ): Promise<BinMove[]> {
    const moves = await this.writes.run((tx) =>
      skus.map(({ sku, quantity }): BinMove => {
        const productId = this.productId(tx, sku);
        const fromBin = binOf(tx, productId);
        if (fromBin === toBin) {
          throw conflict('same_bin', `${sku} is already in bin ${toBin}. Scan another bin.`, {
            sku,
            bin: toBin,
          });
        }
        const carried = quantity ?? Math.max(0, onHand(tx, productId));
        const { id } = recordMovement(tx, {
          productId,
          type: 'MOVE',
          quantityChange: 0,
          fromBin: fromBin ?? undefined,
          toBin,
          note: `${carried} ${carried === 1 ? 'unit' : 'units'} moved`,
          userId: by.id,
        });
        setBin(tx, productId, toBin);
        return { sku, movement_id: id, from_bin: fromBin, to_bin: toBin, quantity: carried };
      }),
    );
    for (const m of moves) {
      this.bus.publish('bin_moved', {
        sku: m.sku,
        from_bin: m.from_bin,
        to_bin: m.to_bin,
        by: by.username,
      });
    }
    return moves;
  }

  private record(tx: WriteTx, sku: string, m: MovementInput): StockChange {
    const { id, quantity_before, quantity_after } = recordMovement(tx, m);
    return { sku, movement_id: id, quantity_before, quantity_after };
  }

  private productId(db: ReadDb, sku: string): number {
    const id = productIdBySku(db, sku);
    if (id === null) throw notFound('unknown_sku', `No product has the SKU "${sku}".`, { sku });
    return id;
  }
}
