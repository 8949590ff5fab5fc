import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt, isoNow } from './columns';
import { products } from './products';
import { users } from './users';
import { CHANNELS, ORDER_STATUSES, type ShippingAddress } from '../../src-main/domain/orders';

/** Storefront, Amazon FBM/FBA and direct orders in one table, told apart by `channel`. */
export const orders = sqliteTable(
  'orders',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    channel: text('channel', { enum: CHANNELS }).notNull(),
    externalOrderId: text('external_order_id').notNull(),
    number: text('number').notNull(),
    status: text('status', { enum: ORDER_STATUSES }).notNull().default('open'),
    customerName: text('customer_name'),
    customerEmail: text('customer_email'),
    shippingAddress: text('shipping_address', { mode: 'json' }).$type<ShippingAddress>(),
    marketplaceId: text('marketplace_id'),
    totalCents: integer('total_cents'),
    /** The channel's order time (UTC), the FIFO key together with external_order_id. */
    createdAt: text('created_at').notNull(),
    channelUpdatedAt: text('channel_updated_at'),
    importedAt: text('imported_at').notNull().default(isoNow),
    updatedAt: text('updated_at').notNull().default(isoNow),
    packedAt: text('packed_at'),
    packedBy: integer('packed_by').references(() => users.id, { onDelete: 'set null' }),
    /** False when the packer used "pack without scanning". */
    packVerified: integer('pack_verified', { mode: 'boolean' }),
    shippedAt: text('shipped_at'),
    cancelledAt: text('cancelled_at'),
  },
  (t) => [
    uniqueIndex('orders_channel_external_idx').on(t.channel, t.externalOrderId),
    index('orders_status_fifo_idx').on(t.status, t.createdAt, t.externalOrderId),
    index('orders_number_idx').on(t.number),
    check(
      'orders_status_check',
      sql`${t.status} in ('open', 'ready_to_pack', 'packed', 'shipped', 'cancelled')`,
    ),
  ],
);

export const orderItems = sqliteTable(
  'order_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    productId: integer('product_id')
      .notNull()
      .references(() => products.id),
    sku: text('sku').notNull(),
    title: text('title').notNull(),
    qtyOrdered: integer('qty_ordered').notNull(),
    qtyPicked: integer('qty_picked').notNull().default(0),
    qtyShort: integer('qty_short').notNull().default(0),
    qtyPacked: integer('qty_packed').notNull().default(0),
    qtyVerified: integer('qty_verified').notNull().default(0),
    /** Picked units no longer wanted (cancelled order, shrunk line): they go back on the shelf. */
    qtyReturnToShelf: integer('qty_return_to_shelf').notNull().default(0),
    /** Units still to pick or mark short. Generated, so no writer can let it drift. */
    qtyOpen: integer('qty_open').generatedAlwaysAs(sql`qty_ordered - qty_picked - qty_short`, {
      mode: 'virtual',
    }),
    unitPriceCents: integer('unit_price_cents'),
    // Copies of the order's state, kept by triggers (migration 0001), so picking can walk one
    // partial index in FIFO order instead of joining and sorting every line of a SKU.
    /** The order is open or ready and the warehouse ships it (not FBA). */
    orderActive: integer('order_active', { mode: 'boolean' }).notNull().default(false),
    /** The order's created_at (UTC ISO). */
    fifoAt: text('fifo_at').notNull().default(''),
    /** The order's external id, zero-padded when numeric so 9999 sorts before 10000. */
    fifoExt: text('fifo_ext').notNull().default(''),
  },
  (t) => [
    uniqueIndex('order_items_order_sku_idx').on(t.orderId, t.sku),
    index('order_items_product_idx').on(t.productId),
    index('order_items_open_fifo_idx')
      .on(t.productId, t.fifoAt, t.fifoExt)
      .where(sql`${t.orderActive} = 1 and ${t.qtyOpen} > 0`),
    index('order_items_active_idx')
      .on(t.productId)
      .where(sql`${t.orderActive} = 1`),
    check(
      'order_items_qty_check',
      sql`${t.qtyOrdered} >= 0 and ${t.qtyPicked} >= 0 and ${t.qtyShort} >= 0`,
    ),
  ],
);

/** The order's history as people read it: imported, picked, short, packed, shipped, cancelled. */
export const orderEvents = sqliteTable(
  'order_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    detail: text('detail', { mode: 'json' }),
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('order_events_order_idx').on(t.orderId, t.id)],
);

export const shipments = sqliteTable(
  'shipments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id),
    carrier: text('carrier').notNull(),
    trackingNumber: text('tracking_number').notNull(),
    weightOz: integer('weight_oz'),
    shippingCostCents: integer('shipping_cost_cents'),
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
    shippedAt: text('shipped_at').notNull().default(isoNow),
    /**
     * Telling the channel happens in the background: pending → ok, or error with the reason;
     * cancelled when the shipment was voided before the channel was told.
     */
    channelSyncStatus: text('channel_sync_status', {
      enum: ['pending', 'ok', 'error', 'skipped', 'cancelled'],
    })
      .notNull()
      .default('pending'),
    channelSyncError: text('channel_sync_error'),
    channelSyncAttempts: integer('channel_sync_attempts').notNull().default(0),
    channelSyncedAt: text('channel_synced_at'),
    /**
     * A voided shipment stays as a record (who voided it is in the order's history); its SHIP
     * movements are reversed and the order is packed again.
     */
    voidedAt: text('voided_at'),
  },
  (t) => [
    index('shipments_order_idx').on(t.orderId),
    index('shipments_sync_idx').on(t.channelSyncStatus),
  ],
);
