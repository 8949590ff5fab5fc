import type { Channel } from '../../domain/orders';
import type { Db } from '../../platform/database';
import { prepared } from '../../platform/prepared';
import type { WriteQueue } from '../../platform/write-queue';
import { conflict, notFound } from '../../domain/errors';
import { addOrderEvent } from '../../store/order-events';
import type { EventBus } from '../events/event-bus';
import { netMovements, recordMovement } from '../inventory/ledger';
import type { Packer } from './packing-service';
import type { ChannelSyncStatus, Shipment } from '../../contract/orders';
import { shipmentById } from './shipments';

/** What a correction may change; null clears weight or cost. */
export interface ShipmentChanges {
  carrier?: string;
  tracking_number?: string;
  weight_oz?: number | null;
  shipping_cost_cents?: number | null;
}

interface StoredShipment {
  id: number;
  order_id: number;
  number: string;
  channel: Channel;
  carrier: string;
  tracking_number: string;
  weight_oz: number | null;
  shipping_cost_cents: number | null;
  channel_sync_status: ChannelSyncStatus;
  voided_at: string | null;
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
      const retry = toChannel && stored.channel_sync_status === 'error' ? 1 : 0;
      prepared(
        this.db,
        `update shipments set carrier = @carrier, tracking_number = @tracking_number,
                weight_oz = @weight_oz, shipping_cost_cents = @shipping_cost_cents,
                channel_sync_status = iif(@retry, 'pending', channel_sync_status),
                channel_sync_error = iif(@retry, null, channel_sync_error),
                channel_sync_attempts = iif(@retry, 0, channel_sync_attempts)
          where id = @id`,
      ).run({
        carrier: next.carrier,
        tracking_number: next.tracking_number,
        weight_oz: next.weight_oz,
        shipping_cost_cents: next.shipping_cost_cents,
        retry,
        id: shipmentId,
      });
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
      const productIds = prepared<[number], { product_id: number }>(
        this.db,
        'select product_id from order_items where order_id = ?',
      )
        .all(orderId)
        .map((r) => r.product_id);
      const order = { type: 'order', id: orderId };
      for (const shipped of netMovements(this.db, 'SHIP', order, productIds)) {
        recordMovement(this.db, {
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
      prepared(
        this.db,
        `update shipments set voided_at = ?,
                channel_sync_status = case when channel_sync_status in ('pending', 'error')
                                           then 'cancelled' else channel_sync_status end
          where id = ?`,
      ).run(now, shipmentId);
      prepared(
        this.db,
        `update orders set status = 'packed', shipped_at = null, updated_at = ? where id = ?`,
      ).run(now, orderId);
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
    const stored = prepared<[number, number], StoredShipment>(
      this.db,
      `select s.id, s.order_id, o.number, o.channel, s.carrier, s.tracking_number, s.weight_oz,
              s.shipping_cost_cents, s.channel_sync_status, s.voided_at
         from shipments s join orders o on o.id = s.order_id
        where s.id = ? and s.order_id = ?`,
    ).get(shipmentId, orderId);
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
