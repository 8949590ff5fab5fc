import type { Channel } from '../../domain/orders';
import type { Db } from '../../platform/database';
import type { WriteQueue } from '../../platform/write-queue';
import { conflict, notFound } from '../../domain/errors';
import { addOrderEvent } from '../../store/order-events';
import { markOrderUnshipped } from '../../store/orders';
import { orderProductIds } from '../../store/packed-lines';
import {
  correctShipment,
  shipmentById,
  storedShipment,
  voidShipment,
  type StoredShipment,
} from '../../store/shipments';
import type { EventBus } from '../events/event-bus';
import { netMovements, recordMovement } from '../inventory/ledger';
import type { Packer } from './packing-service';
import type { Shipment } from '../../contract/orders';

/** What a correction may change; null clears weight or cost. */
export interface ShipmentChanges {
  carrier?: string;
  tracking_number?: string;
  weight_oz?: number | null;
  shipping_cost_cents?: number | null;
}

const CHANNEL_NAME: Record<Channel, string> = {
  storefront: 'the storefront',
  amazon_fbm: 'Amazon',
  amazon_fba: 'Amazon',
  direct: 'the customer',
};

/** Where a seller corrects a shipment the channel already has. */
const CHANNEL_FIX: Record<Channel, string> = {
  storefront: "in the storefront's admin",
  amazon_fbm: 'in Seller Central (Orders → Manage Orders → Edit shipment)',
  amazon_fba: 'in Seller Central',
  direct: 'with the customer',
};

/**
 * Correcting a shipment after the box left the desk: a typo in the tracking number, the wrong
 * carrier, or a label voided with the carrier so the order goes out again. Each is one write
 * through the WriteQueue and a line in the order's history.
 *
 * Once the channel has the tracking number (channel_sync_status ok), the station's copy must
 * keep saying what the channel says: carrier and tracking number can only be corrected there,
 * and a void is refused. Weight and cost never leave the station and can always be corrected.
 */
export class ShipmentCorrections {
  constructor(
    private readonly db: Db,
    private readonly writes: WriteQueue,
    private readonly bus: EventBus,
  ) {}

  edit(
    orderId: number,
    shipmentId: number,
    changes: ShipmentChanges,
    packer: Packer,
  ): Promise<Shipment> {
    return this.writes.run((tx) => {
      const stored = this.shipment(orderId, shipmentId, 'corrected');
      const changed = (Object.keys(changes) as (keyof ShipmentChanges)[]).filter(
        (field) => changes[field] !== undefined && changes[field] !== stored[field],
      );
      if (!changed.length) return shipmentById(this.db, shipmentId);
      const toChannel = changed.some((f) => f === 'carrier' || f === 'tracking_number');
      if (toChannel && stored.channel_sync_status === 'ok') {
        throw conflict(
          'already_confirmed',
          `${cap(CHANNEL_NAME[stored.channel])} already has order ${stored.number} shipped with ${stored.carrier} ${stored.tracking_number}. Correct the carrier or tracking number ${CHANNEL_FIX[stored.channel]}; weight and cost can still be changed here.`,
          { channel: stored.channel, fields: changed },
        );
      }
      const next = { ...stored, ...withoutUndefined(changes) };
      // A confirmation that failed (often on the very typo being fixed) is tried again.
      correctShipment(tx, shipmentId, next, toChannel && stored.channel_sync_status === 'error');
      addOrderEvent(
        tx,
        orderId,
        'shipment_edited',
        {
          shipment_id: shipmentId,
          changes: Object.fromEntries(
            changed.map((f) => [f, { from: stored[f], to: next[f] }] as const),
          ),
        },
        packer,
      );
      return shipmentById(this.db, shipmentId);
    });
  }

  /**
   * The box did not go (or goes again with a new label): the stock comes back, the order is
   * packed again and waits in the shipping list, and a confirmation not yet sent never will be.
   */
  async void(orderId: number, shipmentId: number, packer: Packer): Promise<Shipment> {
    const answer = await this.writes.run((tx) => {
      const stored = this.shipment(orderId, shipmentId, 'voided');
      if (stored.channel_sync_status === 'ok') {
        throw conflict(
          'already_confirmed',
          `${cap(CHANNEL_NAME[stored.channel])} was already told order ${stored.number} shipped with ${stored.carrier} ${stored.tracking_number}, so it can't be voided here. If the box did not leave, correct or cancel the shipment ${CHANNEL_FIX[stored.channel]}.`,
          { channel: stored.channel },
        );
      }
      const order = { type: 'order', id: orderId };
      for (const shipped of netMovements(
        this.db,
        'SHIP',
        order,
        orderProductIds(this.db, orderId),
      )) {
        recordMovement(tx, {
          productId: shipped.product_id,
          type: 'SHIP',
          quantityChange: -shipped.quantity,
          reversal: true,
          referenceType: order.type,
          referenceId: order.id,
          userId: packer.id,
          note: `shipment ${shipmentId} voided`,
        });
      }
      const now = new Date().toISOString();
      voidShipment(tx, shipmentId, now);
      markOrderUnshipped(tx, orderId, now);
      addOrderEvent(
        tx,
        orderId,
        'shipment_voided',
        {
          shipment_id: shipmentId,
          carrier: stored.carrier,
          tracking_number: stored.tracking_number,
        },
        packer,
      );
      return shipmentById(this.db, shipmentId);
    });
    // The order is packed again: every desk's shipping list takes it back.
    this.bus.publish('order_packed', {
      order_id: orderId,
      voided_shipment_id: shipmentId,
      by: packer.username,
    });
    return answer;
  }

  /** The order's shipment, if it can still be `doing`; 404 or a 409 that says why not. */
  private shipment(orderId: number, shipmentId: number, doing: string): StoredShipment {
    const stored = storedShipment(this.db, orderId, shipmentId);
    if (!stored) {
      throw notFound('shipment_not_found', `Order ${orderId} has no shipment ${shipmentId}.`, {
        order_id: orderId,
        shipment_id: shipmentId,
      });
    }
    if (stored.voided_at) {
      throw conflict(
        'shipment_voided',
        `This shipment of order ${stored.number} was voided, so it can't be ${doing}. Ship the order again instead.`,
        { voided_at: stored.voided_at },
      );
    }
    return stored;
  }
}

const cap = (text: string) => text[0]!.toUpperCase() + text.slice(1);

const withoutUndefined = <T extends object>(changes: T) =>
  Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<T>;
