import type { PackedAnswer, ShipAnswer, VerifyAnswer } from '../../contract/orders';
import type { OrderStatus } from '../../domain/orders';
import type { Db } from '../../platform/database';
import type { WriteQueue } from '../../platform/write-queue';
import type { AuthUser } from '../auth/auth-service';
import { conflict } from '../../domain/errors';
import { addOrderEvent } from '../../store/order-events';
import { markOrderPacked, markOrderShipped, orderState, type OrderState } from '../../store/orders';
import {
  addVerified,
  packedUnits,
  packingLines,
  packPicked,
  resetVerified,
} from '../../store/packed-lines';
import { productByCode } from '../../store/products';
import { insertShipment, shipmentById } from '../../store/shipments';
import type { EventBus } from '../events/event-bus';
import { recordMovement } from '../inventory/ledger';
import { once } from '../picking/idempotency';
import { orderNotFound } from './order-detail';

export type Packer = Pick<AuthUser, 'id' | 'username'>;

export interface ShipInput {
  carrier: string;
  tracking_number: string;
  weight_oz?: number;
  shipping_cost_cents?: number;
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
      const line =
        product && packingLines(this.db, orderId).find((l) => l.product_id === product.id);
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
      addVerified(tx, line.id, qty);
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
    return this.writes.run((tx) => {
      this.orderIn(orderId, 'ready_to_pack', 'not_ready_to_pack', 'scanned for packing');
      resetVerified(tx, orderId);
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
        packPicked(tx, orderId);
        markOrderPacked(tx, orderId, { at: now, by: packer.id, verified });
        if (!verified)
          addOrderEvent(tx, orderId, 'packed_without_scanning', { unverified }, packer);
        const units = packingLines(this.db, orderId).reduce((n, l) => n + l.qty_picked, 0);
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
        const packed = packedUnits(this.db, orderId);
        if (!packed.length) {
          throw conflict(
            'nothing_to_ship',
            `Nothing was packed for order ${order.number} (every item was short), so there is nothing to ship.`,
          );
        }
        const now = new Date().toISOString();
        const queued = order.channel === 'amazon_fbm';
        const shipmentId = insertShipment(tx, {
          order_id: orderId,
          carrier: input.carrier,
          tracking_number: input.tracking_number,
          weight_oz: input.weight_oz ?? null,
          shipping_cost_cents: input.shipping_cost_cents ?? null,
          user_id: packer.id,
          shipped_at: now,
          channel_sync_status: queued ? 'pending' : 'skipped',
        });
        for (const line of packed) {
          recordMovement(tx, {
            productId: line.product_id,
            type: 'SHIP',
            quantityChange: -line.qty_packed,
            referenceType: 'order',
            referenceId: orderId,
            userId: packer.id,
          });
        }
        markOrderShipped(tx, orderId, now);
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
    const order = orderState(this.db, id);
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

  /** Units picked but not scanned yet, per SKU. */
  private unverified(orderId: number): { sku: string; qty: number }[] {
    return packingLines(this.db, orderId)
      .filter((l) => l.qty_verified < l.qty_picked)
      .map((l) => ({ sku: l.sku, qty: l.qty_picked - l.qty_verified }));
  }
}
