import type { FbaItems, FbaShipment, FbaShipmentQuery, NewFbaShipment } from '../../contract/fba';
import { conflict, notFound } from '../../domain/errors';
import {
  fbaPlanName,
  mayEditFbaItems,
  mayMoveFba,
  shipsStock,
  type FbaStatus,
} from '../../domain/fba';
import type { Db } from '../../platform/database';
import type { WriteQueue } from '../../platform/write-queue';
import type { ReadDb, WriteTx } from '../../store/db';
import {
  fbaItems,
  fbaShipmentById,
  fbaShipmentState,
  insertFbaShipment,
  listFbaShipments,
  replaceFbaItems,
  setFbaName,
  setFbaStatus,
  type FbaItemRow,
} from '../../store/fba-shipments';
import { productIdsBySku } from '../../store/product-catalog';
import type { EventBus } from '../events/event-bus';
import type { StockActor } from '../inventory/inventory-service';
import { onHand, recordMovement } from '../inventory/ledger';

export interface FbaChange {
  status?: FbaStatus;
  name?: string;
  items?: FbaItems;
}

/** Where each status may go next, for the sentence that refuses a move. */
const MOVES: FbaStatus[] = ['SUBMITTED', 'IN_TRANSIT', 'RECEIVED', 'CANCELLED'];

/**
 * FBA inbound plans, kept here only: submitting to Amazon (createInboundPlan) is not built, so
 * SUBMITTED is set by hand. Each action is one write; shipping (→ IN_TRANSIT) takes the items
 * off the warehouse ledger (SHIP, reference fba_shipment) in that same write.
 */
export class FbaShipmentService {
  constructor(
    private readonly db: Db,
    private readonly writes: WriteQueue,
    private readonly bus: EventBus,
  ) {}

  list(q: FbaShipmentQuery) {
    const found = listFbaShipments(this.db, {
      status: q.status,
      limit: q.page_size,
      offset: (q.page - 1) * q.page_size,
    });
    return { ...found, page: q.page, page_size: q.page_size };
  }

  get(id: number): FbaShipment {
    return existingPlan(this.db, id);
  }

  create(plan: NewFbaShipment): Promise<FbaShipment> {
    return this.writes.run((tx) => {
      const items = itemRows(tx, plan.items);
      const id = insertFbaShipment(tx);
      setFbaName(tx, id, plan.name ?? fbaPlanName(id));
      replaceFbaItems(tx, id, items);
      return existingPlan(tx, id);
    });
  }

  /** Edits first, then the move, so a draft can be corrected and moved in one request. */
  async update(id: number, change: FbaChange, by: StockActor): Promise<FbaShipment> {
    const { plan, stock } = await this.writes.run((tx) => {
      const { name, status } = existingState(tx, id);
      if (change.name !== undefined || change.items !== undefined) {
        if (!mayEditFbaItems(status)) {
          throw conflict(
            'not_draft',
            `${name} is ${status}: only a draft plan can be renamed or have its items changed.`,
            { status },
          );
        }
        if (change.name !== undefined) setFbaName(tx, id, change.name);
        if (change.items !== undefined) replaceFbaItems(tx, id, itemRows(tx, change.items));
      }
      const stock =
        change.status === undefined ? [] : move(tx, id, name, status, change.status, by);
      return { plan: existingPlan(tx, id), stock };
    });
    for (const s of stock) this.bus.publish('stock', { ...s, by: by.username });
    return plan;
  }
}

/** Moves the plan one step; the SKUs whose on hand changed, when it shipped. */
function move(
  tx: WriteTx,
  id: number,
  name: string,
  from: FbaStatus,
  to: FbaStatus,
  by: StockActor,
): { sku: string; on_hand: number }[] {
  if (!mayMoveFba(from, to)) {
    const allowed = MOVES.filter((next) => mayMoveFba(from, next));
    throw conflict(
      'invalid_transition',
      allowed.length
        ? `${name} is ${from}: it can move to ${allowed.join(' or ')}, not to ${to}.`
        : `${name} is ${from} and cannot change any more.`,
      { status: from, to, allowed },
    );
  }
  const stock = shipsStock(to) ? ship(tx, id, name, by) : [];
  setFbaStatus(tx, id, to);
  return stock;
}

/**
 * One SHIP per item, all or none. Unlike a packer's shipment, a plan is refused when the ledger
 * holds fewer units than it sends: boxes for Amazon are counted out before they are sealed.
 */
function ship(tx: WriteTx, id: number, name: string, by: StockActor) {
  const items = fbaItems(tx, id);
  const short = items
    .map((i) => ({ sku: i.sku, quantity: i.quantity, on_hand: onHand(tx, i.product_id) }))
    .filter((i) => i.on_hand < i.quantity);
  if (short.length) {
    throw conflict(
      'short_stock',
      `${name} cannot ship: ${short.map((s) => `${s.sku} has ${s.on_hand} on hand, ${s.quantity} planned`).join('; ')}.`,
      { items: short },
    );
  }
  return items.map((i) => {
    const { quantity_after } = recordMovement(tx, {
      productId: i.product_id,
      type: 'SHIP',
      quantityChange: -i.quantity,
      referenceType: 'fba_shipment',
      referenceId: id,
      note: name,
      userId: by.id,
    });
    return { sku: i.sku, on_hand: quantity_after };
  });
}

function itemRows(db: ReadDb, items: FbaItems): FbaItemRow[] {
  const ids = productIdsBySku(
    db,
    items.map((i) => i.sku),
  );
  return items.map((item, i) => {
    const productId = ids.get(item.sku);
    if (productId === undefined) {
      throw notFound('unknown_sku', `No product has the SKU "${item.sku}".`, {
        sku: item.sku,
        field: `items.${i}.sku`,
      });
    }
    return { product_id: productId, sku: item.sku, quantity: item.quantity };
  });
}

function existingState(db: ReadDb, id: number) {
  const state = fbaShipmentState(db, id);
  if (!state) throw notFound('unknown_fba_shipment', `There is no FBA shipment ${id}.`, { id });
  return state;
}

function existingPlan(db: ReadDb, id: number): FbaShipment {
  existingState(db, id);
  return fbaShipmentById(db, id)!;
}
