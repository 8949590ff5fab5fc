import type { PickAnswer, ShortAnswer, ShortUndoAnswer, UndoAnswer } from '../../contract/picking';
import { fillLines, type Allocation } from '../../domain/allocation';
import type { WriteQueue } from '../../platform/write-queue';
import { conflict, notFound } from '../../domain/errors';
import type { WriteTx } from '../../store/db';
import { addOrderEvent } from '../../store/order-events';
import {
  addPicked,
  addShort,
  lineNow,
  newestFirst,
  oldestFirst,
  remainingUnits,
  removePicked,
  removeShort,
} from '../../store/order-lines';
import {
  findPickEvent,
  insertPickAllocation,
  insertPickEvent,
  markPickUndone,
  pickAllocations,
} from '../../store/pick-events';
import { clearCountFlag, flagForCount, needsCount } from '../../store/products';
import {
  deleteStockException,
  findStockException,
  flaggingShorts,
  insertStockException,
} from '../../store/stock-exceptions';
import type { EventBus } from '../events/event-bus';
import { onHand } from '../inventory/ledger';
import { once } from './idempotency';
import { productToPick } from './product-to-pick';
import { reevaluateReadiness } from './readiness';

/** An allocation as answered: the row's working fields (status, quantities now) stay inside. */
const asAllocation = ({ order_id, order_number, item_id, qty }: Allocation): Allocation => ({
  order_id,
  order_number,
  item_id,
  qty,
});

export interface Actor {
  userId: number;
  username: string;
  device: string | null;
}

/**
 * Picking actions: each one atomic write through the station's WriteQueue, then live events once
 * it has committed. Who picked what for which order is in pick_events + pick_allocations, so
 * picks write no order_events rows (fewer pages per commit on the hottest path).
 */
export class PickingService {
  constructor(
    private readonly writes: WriteQueue,
    private readonly bus: EventBus,
  ) {}

  async pick(code: string, qty: number, actor: Actor, requestId?: string): Promise<PickAnswer> {
    const { answer, replayed } = await this.writes.run((tx) =>
      once(tx, 'pick', actor.userId, requestId, () => {
        const product = productToPick(tx, code);
        const fill = fillLines(oldestFirst(tx, product.id), qty);
        if (!fill.ok) {
          // The picker may already hold the units: say where the ones not wanted go.
          const putBack = `${qty - fill.available} back${product.bin_location ? ` in ${product.bin_location}` : ''}`;
          throw conflict(
            'over_pick',
            fill.available === 0
              ? `Nothing is left to pick for ${product.sku}: someone else picked it. Put the ${putBack}.`
              : `Only ${fill.available} of ${product.sku} are left to pick, not ${qty}: pick ${fill.available} and put ${putBack}.`,
            {
              sku: product.sku,
              qty_remaining: fill.available,
              bin_location: product.bin_location,
            },
          );
        }
        const eventId = insertPickEvent(tx, {
          productId: product.id,
          sku: product.sku,
          qty,
          userId: actor.userId,
          device: actor.device,
        });
        for (const a of fill.allocations) {
          insertPickAllocation(tx, eventId, a.item_id, a.qty);
          addPicked(tx, a.item_id, a.qty);
        }
        const { becameReady } = reevaluateReadiness(
          tx,
          fill.allocations.map((a) => a.order_id),
        );
        return {
          sku: product.sku,
          qty,
          event_id: eventId,
          allocations: fill.allocations,
          ready_orders: becameReady,
        };
      }),
    );
    if (!replayed) {
      this.bus.publish('pick', { ...answer, by: actor.username });
      for (const id of answer.ready_orders) this.bus.publish('order_ready', { order_id: id });
    }
    return answer;
  }

  async notInStock(
    code: string,
    qty: number | undefined,
    actor: Actor,
    requestId?: string,
  ): Promise<ShortAnswer> {
    const { answer, replayed } = await this.writes.run((tx) =>
      once(tx, 'not-in-stock', actor.userId, requestId, () => {
        const product = productToPick(tx, code);
        const wanted = qty ?? remainingUnits(tx, product.id);
        if (wanted === 0) {
          throw conflict(
            'nothing_remaining',
            `Nothing is left to pick for ${product.sku}, so nothing can be short.`,
            {
              sku: product.sku,
              qty_remaining: 0,
            },
          );
        }
        const fill = fillLines(newestFirst(tx, product.id), wanted);
        if (!fill.ok) {
          throw conflict(
            'over_short',
            `Only ${fill.available} of ${product.sku} are still to pick, so at most ${fill.available} can be short.`,
            { sku: product.sku, qty_remaining: fill.available },
          );
        }
        for (const a of fill.allocations) {
          addShort(tx, a.item_id, a.qty);
          this.orderEvent(tx, a.order_id, 'short', { sku: product.sku, qty: a.qty }, actor);
        }
        const orderNumbers = [...new Set(fill.allocations.map((a) => a.order_number))];
        const stocked = onHand(tx, product.id);
        const exceptionId = insertStockException(tx, {
          productId: product.id,
          sku: product.sku,
          productTitle: product.title,
          qtyShort: wanted,
          orderNumbers,
          allocations: fill.allocations.map(({ order_id, item_id, qty }) => ({
            order_id,
            item_id,
            qty,
          })),
          userId: actor.userId,
          device: actor.device,
          flaggedCount: stocked > 0,
        });
        if (stocked > 0) flagForCount(tx, product.id);
        const { becameReady } = reevaluateReadiness(
          tx,
          fill.allocations.map((a) => a.order_id),
        );
        return {
          sku: product.sku,
          qty_short: wanted,
          exception_id: exceptionId,
          allocations: fill.allocations,
          ready_orders: becameReady,
          needs_count: stocked > 0,
        };
      }),
    );
    if (!replayed) {
      this.bus.publish('short', { ...answer, by: actor.username });
      for (const id of answer.ready_orders) this.bus.publish('order_ready', { order_id: id });
    }
    return answer;
  }

  /** Reverses one pick exactly: the same units come off the same lines. */
  async undo(eventId: number, actor: Actor): Promise<UndoAnswer> {
    const answer = await this.writes.run((tx) => {
      const event = findPickEvent(tx, eventId);
      if (!event) throw notFound('pick_not_found', `There is no pick number ${eventId}.`);
      if (event.undone_at) throw conflict('already_undone', `Pick ${eventId} was already undone.`);
      const allocations = pickAllocations(tx, eventId);
      const packed = allocations.find((a) => a.status === 'packed' || a.status === 'shipped');
      if (packed) {
        throw conflict(
          'already_packed',
          `Order ${packed.order_number} is already ${packed.status}, so this pick can't be undone.`,
          { order_id: packed.order_id },
        );
      }
      for (const a of allocations) {
        // Units the importer moved to "return to shelf" (cancelled or shrunk lines) come back off that list.
        const fromPicked = Math.min(a.qty, a.qty_picked);
        removePicked(tx, a.item_id, fromPicked, a.qty - fromPicked);
      }
      markPickUndone(tx, eventId, new Date().toISOString(), actor.userId);
      const { becameOpen } = reevaluateReadiness(
        tx,
        allocations.map((a) => a.order_id),
      );
      return {
        event_id: eventId,
        sku: event.sku,
        qty: event.qty,
        allocations: allocations.map(asAllocation),
        reopened_orders: becameOpen,
      };
    });
    this.bus.publish('pick', { ...answer, undo: true, by: actor.username });
    return answer;
  }

  /**
   * Reverses one "not in stock" exactly: its units go back to pick on the same lines, the stock
   * exception goes, and the cycle-count flag it raised is lowered unless another short raised it.
   */
  async undoShort(exceptionId: number, actor: Actor, requestId?: string): Promise<ShortUndoAnswer> {
    const { answer, replayed } = await this.writes.run((tx) =>
      once(tx, 'not-in-stock-undo', actor.userId, requestId, () => {
        const exception = findStockException(tx, exceptionId);
        if (!exception) {
          throw notFound(
            'short_not_found',
            `There is no "not in stock" number ${exceptionId}: it may have been undone already.`,
            { exception_id: exceptionId },
          );
        }
        // A line the importer has since removed has no short left to give back.
        const allocations = exception.allocations.flatMap((a) => {
          const now = lineNow(tx, a.item_id);
          return now ? [{ ...now, item_id: a.item_id, qty: a.qty }] : [];
        });
        const packed = allocations.find((a) => a.status === 'packed' || a.status === 'shipped');
        if (packed) {
          throw conflict(
            'already_packed',
            `Order ${packed.order_number} is already ${packed.status}, so this "not in stock" can't be undone.`,
            { order_id: packed.order_id },
          );
        }
        for (const a of allocations) {
          // The importer caps qty_short when it shrinks a line; give back no more than is there.
          const qty = Math.min(a.qty, a.qty_short);
          removeShort(tx, a.item_id, qty);
          this.orderEvent(tx, a.order_id, 'short_undone', { sku: exception.sku, qty }, actor);
        }
        deleteStockException(tx, exceptionId);
        if (exception.flaggedCount && flaggingShorts(tx, exception.productId) === 0) {
          clearCountFlag(tx, exception.productId);
        }
        const stillNeedsCount = needsCount(tx, exception.productId);
        const { becameOpen } = reevaluateReadiness(
          tx,
          allocations.map((a) => a.order_id),
        );
        return {
          exception_id: exceptionId,
          sku: exception.sku,
          qty_short: exception.qtyShort,
          allocations: allocations.map(asAllocation),
          reopened_orders: becameOpen,
          needs_count: stillNeedsCount,
        };
      }),
    );
    if (!replayed) this.bus.publish('short', { ...answer, undo: true, by: actor.username });
    return answer;
  }

  private orderEvent(
    tx: WriteTx,
    orderId: number,
    type: string,
    detail: object,
    actor: Actor,
  ): void {
    addOrderEvent(tx, orderId, type, { ...detail, device: actor.device }, { id: actor.userId });
  }
}
