import type { PackedAnswer, ShipAnswer, VerifyAnswer } from '../../contract/orders';
import type { Channel, OrderStatus } from '../../domain/orders';
import type { Db } from '../../platform/database';
import { prepared } from '../../platform/prepared';
import type { WriteQueue } from '../../platform/write-queue';
import type { AuthUser } from '../auth/auth-service';
import { conflict } from '../../domain/errors';
import { addOrderEvent } from '../../store/order-events';
import { productByCode } from '../../store/products';
import type { EventBus } from '../events/event-bus';
import { recordMovement } from '../inventory/ledger';
import { once } from '../picking/idempotency';
import { orderNotFound } from './order-detail';
import { shipmentById } from './shipments';

export type Packer = Pick<AuthUser, 'id' | 'username'>;

export interface ShipInput {
  carrier: string;
  tracking_number: string;
  weight_oz?: number;
  shipping_cost_cents?: number;
}

interface OrderState {
  id: number;
  number: string;
  channel: Channel;
  status: OrderStatus;
}

interface Line {
  id: number;
  product_id: number;
  sku: string;
  qty_ordered: number;
  qty_picked: number;
  qty_verified: number;
}

const STATUS_WORDS: Record<OrderStatus, string> = {
  open: 'still being picked',
  ready_to_pack: 'not packed yet',
  packed: 'already packed',
  shipped: 'already shipped',
  cancelled: 'cancelled',
};

/** `2 × HAY-1, 1 × BED-1` */
const unitList = (lines: { sku: string; qty: number }[]) =>
  lines.map((l) => `${l.qty} × ${l.sku}`).join(', ');

/**
 * Packing actions: scan-to-verify, mark packed, ship. Like picking, each is one write through the
 * station's WriteQueue and live events go out only once it has committed.
 */
export class PackingService {
  constructor(
    private readonly db: Db,
    private readonly writes: WriteQueue,
    private readonly bus: EventBus,
  ) {}

  /**
   * One scan at the packing desk: counts `qty` units (1 for a scan) of the order's line for that
   * product. `byHand` is the packer who typed the code or counted the units instead of scanning
   * them; the order's history records it, since nothing checked the item against its barcode.
   */
  verifyScan(
    orderId: number,
    code: string,
    { qty = 1, byHand }: { qty?: number; byHand?: Packer } = {},
  ): Promise<VerifyAnswer> {
    return this.writes.run((tx) => {
      const order = this.orderIn(
        orderId,
        'ready_to_pack',
        'not_ready_to_pack',
        'scanned for packing',
      );
      // Read the way every scan is; no product at all is a wrong item too (409).
      const product = productByCode(this.db, code)?.product;
      const line = product && this.lines(orderId).find((l) => l.product_id === product.id);
      if (!line || line.qty_ordered === 0) {
        const what = !product
          ? `${code} is not a product the station knows, and it`
          : code === product.sku
            ? `${product.sku} (${product.title})`
            : `${code} (${product.sku}, ${product.title})`;
        throw conflict('not_in_order', `WRONG ITEM: ${what} is not in order ${order.number}.`, {
          code,
          sku: product?.sku ?? null,
          order_number: order.number,
        });
      }
      const left = line.qty_picked - line.qty_verified;
      if (qty > left) {
        throw conflict(
          'already_verified',
          line.qty_picked === 0
            ? `None of ${line.sku} goes in order ${order.number}: it was marked short.`
            : left === 0
              ? `All ${line.qty_picked} of ${line.sku} are already scanned for order ${order.number}. This one is extra.`
              : `Only ${left} more of ${line.sku} ${left === 1 ? 'goes' : 'go'} in order ${order.number} (${line.qty_verified} of ${line.qty_picked} scanned), not ${qty}.`,
          {
            item_id: line.id,
            sku: line.sku,
            qty_verified: line.qty_verified,
            qty_to_pack: line.qty_picked,
          },
        );
      }
      prepared(this.db, 'update order_items set qty_verified = qty_verified + ? where id = ?').run(
        qty,
        line.id,
      );
      if (byHand) {
        addOrderEvent(tx, orderId, 'verified_by_hand', { sku: line.sku, code, qty }, byHand);
      }
      return {
        order_id: orderId,
        item_id: line.id,
        sku: line.sku,
        qty_verified: line.qty_verified + qty,
        qty_to_pack: line.qty_picked,
        complete: this.unverified(orderId).length === 0,
      };
    });
  }

  /** Start the scanning of an order over (the box was unpacked, or scans were lost track of). */
  resetVerification(orderId: number): Promise<{ id: number; complete: boolean }> {
    return this.writes.run(() => {
      this.orderIn(orderId, 'ready_to_pack', 'not_ready_to_pack', 'scanned for packing');
      prepared(this.db, 'update order_items set qty_verified = 0 where order_id = ?').run(orderId);
      return { id: orderId, complete: this.unverified(orderId).length === 0 };
    });
  }

  /**
   * Everything picked goes in the box. Without every unit scanned the packer must say so
   * (`skipVerification`), and the order records who packed it unscanned and what was not scanned.
   */
  async markPacked(
    orderId: number,
    skipVerification: boolean,
    packer: Packer,
    requestId?: string,
  ): Promise<PackedAnswer> {
    const { answer, replayed } = await this.writes.run((tx) =>
      once(tx, `mark-packed:${orderId}`, packer.id, requestId, () => {
        const order = this.orderIn(orderId, 'ready_to_pack', 'not_ready_to_pack', 'marked packed');
        const unverified = this.unverified(orderId);
        if (unverified.length && !skipVerification) {
          throw conflict(
            'not_verified',
            `Scan every item of order ${order.number} first: ${unitList(unverified)} not scanned yet.`,
            { unverified },
          );
        }
        const now = new Date().toISOString();
        const verified = unverified.length === 0;
        prepared(this.db, 'update order_items set qty_packed = qty_picked where order_id = ?').run(
          orderId,
        );
        prepared(
          this.db,
          `update orders set status = 'packed', packed_at = ?, packed_by = ?, pack_verified = ?, updated_at = ?
            where id = ?`,
        ).run(now, packer.id, verified ? 1 : 0, now, orderId);
        if (!verified)
          addOrderEvent(tx, orderId, 'packed_without_scanning', { unverified }, packer);
        const units = this.lines(orderId).reduce((n, l) => n + l.qty_picked, 0);
        addOrderEvent(tx, orderId, 'packed', { units, verified }, packer);
        return { id: orderId, status: 'packed' as const, pack_verified: verified, packed_at: now };
      }),
    );
    if (!replayed) {
      this.bus.publish('order_packed', {
        order_id: orderId,
        pack_verified: answer.pack_verified,
        by: packer.username,
      });
    }
    return answer;
  }

  /** The box leaves: a shipment, SHIP movements for what was packed, the channel told later. */
  async ship(
    orderId: number,
    input: ShipInput,
    packer: Packer,
    requestId?: string,
  ): Promise<ShipAnswer> {
    const { answer, replayed } = await this.writes.run((tx) =>
      once(tx, `ship:${orderId}`, packer.id, requestId, () => {
        const order = this.orderIn(orderId, 'packed', 'not_packed', 'shipped');
        const packed = prepared<[number], { product_id: number; qty_packed: number }>(
          this.db,
          'select product_id, qty_packed from order_items where order_id = ? and qty_packed > 0 order by id',
        ).all(orderId);
        if (!packed.length) {
          throw conflict(
            'nothing_to_ship',
            `Nothing was packed for order ${order.number} (every item was short), so there is nothing to ship.`,
          );
        }
        const now = new Date().toISOString();
        const queued = order.channel === 'amazon_fbm';
        const shipmentId = Number(
          prepared(
            this.db,
            `insert into shipments (order_id, carrier, tracking_number, weight_oz, shipping_cost_cents, user_id,
                                    shipped_at, channel_sync_status)
             values (?, ?, ?, ?, ?, ?, ?, ?)`,
          ).run(
            orderId,
            input.carrier,
            input.tracking_number,
            input.weight_oz ?? null,
            input.shipping_cost_cents ?? null,
            packer.id,
            now,
            queued ? 'pending' : 'skipped',
          ).lastInsertRowid,
        );
        for (const line of packed) {
          recordMovement(this.db, {
            productId: line.product_id,
            type: 'SHIP',
            quantityChange: -line.qty_packed,
            referenceType: 'order',
            referenceId: orderId,
            userId: packer.id,
          });
        }
        prepared(
          this.db,
          `update orders set status = 'shipped', shipped_at = ?, updated_at = ? where id = ?`,
        ).run(now, now, orderId);
        addOrderEvent(
          tx,
          orderId,
          'shipped',
          {
            shipment_id: shipmentId,
            carrier: input.carrier,
            tracking_number: input.tracking_number,
          },
          packer,
        );
        return {
          ...shipmentById(this.db, shipmentId),
          channel_update: queued ? ('queued' as const) : ('not_needed' as const),
        };
      }),
    );
    if (!replayed) {
      this.bus.publish('order_shipped', {
        order_id: orderId,
        carrier: answer.carrier,
        tracking_number: answer.tracking_number,
        by: packer.username,
      });
    }
    return answer;
  }

  /** The order, if it is in the status this action needs; 404 or a 409 that says where it is. */
  private orderIn(id: number, wanted: OrderStatus, code: string, doing: string): OrderState {
    const order = prepared<[number], OrderState>(
      this.db,
      'select id, number, channel, status from orders where id = ?',
    ).get(id);
    if (!order) throw orderNotFound(id);
    if (order.status !== wanted) {
      throw conflict(
        code,
        `Order ${order.number} is ${STATUS_WORDS[order.status]}, so it can't be ${doing}.`,
        { status: order.status },
      );
    }
    return order;
  }

  private lines(orderId: number): Line[] {
    return prepared<[number], Line>(
      this.db,
      `select id, product_id, sku, qty_ordered, qty_picked, qty_verified from order_items
        where order_id = ? order by id`,
    ).all(orderId);
  }

  /** Units picked but not scanned yet, per SKU. */
  private unverified(orderId: number): { sku: string; qty: number }[] {
    return this.lines(orderId)
      .filter((l) => l.qty_verified < l.qty_picked)
      .map((l) => ({ sku: l.sku, qty: l.qty_picked - l.qty_verified }));
  }
}
