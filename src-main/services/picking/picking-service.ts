import type { PickAnswer, ShortAnswer, ShortUndoAnswer, UndoAnswer } from '../../contract/picking';
import { fillLines, type Allocation } from '../../domain/allocation';
import type { Db } from '../../platform/database';
import type { WriteQueue } from '../../platform/write-queue';
import { prepared } from '../../platform/prepared';
import { conflict, notFound } from '../../domain/errors';
import type { WriteTx } from '../../store/db';
import { addOrderEvent } from '../../store/order-events';
import { flagForCount } from '../../store/products-stock';
import type { EventBus } from '../events/event-bus';
import { onHand } from '../inventory/ledger';
import { once } from './idempotency';
import { newestFirst, oldestFirst, productToPick, remainingUnits } from './lines';
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
    private readonly db: Db,
    private readonly writes: WriteQueue,
    private readonly bus: EventBus,
  ) {}

  async pick(code: string, qty: number, actor: Actor, requestId?: string): Promise<PickAnswer> {
    const { answer, replayed } = await this.writes.run(() =>
      once(this.db, 'pick', actor.userId, requestId, () => {
        const product = productToPick(this.db, code);
        const fill = fillLines(oldestFirst(this.db, product.id), qty);
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
        const eventId = Number(
          prepared(
            this.db,
            'insert into pick_events (product_id, sku, qty, user_id, device) values (?, ?, ?, ?, ?)',
          ).run(product.id, product.sku, qty, actor.userId, actor.device).lastInsertRowid,
        );
        for (const a of fill.allocations) {
          prepared(
            this.db,
            'insert into pick_allocations (pick_event_id, order_item_id, qty) values (?, ?, ?)',
          ).run(eventId, a.item_id, a.qty);
          prepared(this.db, 'update order_items set qty_picked = qty_picked + ? where id = ?').run(
            a.qty,
            a.item_id,
          );
        }
        const { becameReady } = reevaluateReadiness(
          this.db,
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
      once(this.db, 'not-in-stock', actor.userId, requestId, () => {
        const product = productToPick(this.db, code);
        const wanted = qty ?? remainingUnits(this.db, product.id);
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
        const fill = fillLines(newestFirst(this.db, product.id), wanted);
        if (!fill.ok) {
          throw conflict(
            'over_short',
            `Only ${fill.available} of ${product.sku} are still to pick, so at most ${fill.available} can be short.`,
            { sku: product.sku, qty_remaining: fill.available },
          );
        }
        for (const a of fill.allocations) {
          prepared(this.db, 'update order_items set qty_short = qty_short + ? where id = ?').run(
            a.qty,
            a.item_id,
          );
          this.orderEvent(tx, a.order_id, 'short', { sku: product.sku, qty: a.qty }, actor);
        }
        const orderNumbers = [...new Set(fill.allocations.map((a) => a.order_number))];
        const stocked = onHand(this.db, product.id);
        const exceptionId = Number(
          prepared(
            this.db,
            `insert into stock_exceptions (product_id, sku, product_title, qty_short, order_numbers, allocations, user_id, device, flagged_count)
             values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          ).run(
            product.id,
            product.sku,
            product.title,
            wanted,
            JSON.stringify(orderNumbers),
            JSON.stringify(
              fill.allocations.map(({ order_id, item_id, qty }) => ({ order_id, item_id, qty })),
            ),
            actor.userId,
            actor.device,
            stocked > 0 ? 1 : 0,
          ).lastInsertRowid,
        );
        if (stocked > 0) flagForCount(tx, product.id);
        const { becameReady } = reevaluateReadiness(
          this.db,
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
    const answer = await this.writes.run(() => {
      const event = prepared<[number], { sku: string; qty: number; undone_at: string | null }>(
        this.db,
        'select sku, qty, undone_at from pick_events where id = ?',
      ).get(eventId);
      if (!event) throw notFound('pick_not_found', `There is no pick number ${eventId}.`);
      if (event.undone_at) throw conflict('already_undone', `Pick ${eventId} was already undone.`);
      const allocations = prepared<
        [number],
        Allocation & { status: string; qty_picked: number; qty_return_to_shelf: number }
      >(
        this.db,
        `select o.id as order_id, o.number as order_number, i.id as item_id, a.qty, o.status, i.qty_picked, i.qty_return_to_shelf
           from pick_allocations a join order_items i on i.id = a.order_item_id join orders o on o.id = i.order_id
          where a.pick_event_id = ? order by a.id`,
      ).all(eventId);
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
        prepared(
          this.db,
          'update order_items set qty_picked = qty_picked - ?, qty_return_to_shelf = max(0, qty_return_to_shelf - ?) where id = ?',
        ).run(fromPicked, a.qty - fromPicked, a.item_id);
      }
      prepared(this.db, 'update pick_events set undone_at = ?, undone_by = ? where id = ?').run(
        new Date().toISOString(),
        actor.userId,
        eventId,
      );
      const { becameOpen } = reevaluateReadiness(
        this.db,
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
      once(this.db, 'not-in-stock-undo', actor.userId, requestId, () => {
        const exception = prepared<
          [number],
          {
            product_id: number;
            sku: string;
            qty_short: number;
            allocations: string;
            flagged_count: number;
          }
        >(
          this.db,
          'select product_id, sku, qty_short, allocations, flagged_count from stock_exceptions where id = ?',
        ).get(exceptionId);
        if (!exception) {
          throw notFound(
            'short_not_found',
            `There is no "not in stock" number ${exceptionId}: it may have been undone already.`,
            { exception_id: exceptionId },
          );
        }
        const line = prepared<
          [number],
          { order_id: number; order_number: string; status: string; qty_short: number }
        >(
          this.db,
          `select o.id as order_id, o.number as order_number, o.status, i.qty_short
             from order_items i join orders o on o.id = i.order_id where i.id = ?`,
        );
        const stored = JSON.parse(exception.allocations) as { item_id: number; qty: number }[];
        // A line the importer has since removed has no short left to give back.
        const allocations = stored.flatMap((a) => {
          const now = line.get(a.item_id);
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
          prepared(this.db, 'update order_items set qty_short = qty_short - ? where id = ?').run(
            qty,
            a.item_id,
          );
          this.orderEvent(tx, a.order_id, 'short_undone', { sku: exception.sku, qty }, actor);
        }
        prepared(this.db, 'delete from stock_exceptions where id = ?').run(exceptionId);
        const stillFlagged = prepared<[number], { n: number }>(
          this.db,
          'select count(*) as n from stock_exceptions where product_id = ? and flagged_count = 1',
        ).get(exception.product_id)!.n;
        if (exception.flagged_count && stillFlagged === 0) {
          prepared(this.db, 'update products set needs_count = 0 where id = ?').run(
            exception.product_id,
          );
        }
        const needsCount = prepared<[number], { needs_count: number }>(
          this.db,
          'select needs_count from products where id = ?',
        ).get(exception.product_id)!.needs_count;
        const { becameOpen } = reevaluateReadiness(
          this.db,
          allocations.map((a) => a.order_id),
        );
        return {
          exception_id: exceptionId,
          sku: exception.sku,
          qty_short: exception.qty_short,
          allocations: allocations.map(asAllocation),
          reopened_orders: becameOpen,
          needs_count: needsCount === 1,
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
