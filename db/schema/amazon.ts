import { FBA_SHIPMENT_STATUSES } from '../../src-main/domain/stock';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt, updatedAt } from './columns';
import { products } from './products';

/** A plan to send stock to an Amazon fulfilment centre; stock leaves the ledger when it ships. */
export const fbaShipments = sqliteTable('fba_shipments', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  amazonShipmentId: text('amazon_shipment_id'),
  destinationFc: text('destination_fc'),
  status: text('status', { enum: FBA_SHIPMENT_STATUSES }).notNull().default('DRAFT'),
  shippedAt: text('shipped_at'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const fbaShipmentItems = sqliteTable(
  'fba_shipment_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    fbaShipmentId: integer('fba_shipment_id')
      .notNull()
      .references(() => fbaShipments.id, { onDelete: 'cascade' }),
    productId: integer('product_id')
      .notNull()
      .references(() => products.id),
    sku: text('sku').notNull(),
    quantity: integer('quantity').notNull(),
    quantityReceived: integer('quantity_received').notNull().default(0),
  },
  (t) => [index('fba_shipment_items_shipment_idx').on(t.fbaShipmentId)],
);

/** What Amazon said it holds for a SKU at one moment (FBA Inventory getInventorySummaries). */
export const amazonInventorySnapshots = sqliteTable(
  'amazon_inventory_snapshots',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sku: text('sku').notNull(),
    productId: integer('product_id').references(() => products.id, { onDelete: 'set null' }),
    asin: text('asin'),
    fnsku: text('fnsku'),
    fulfillable: integer('fulfillable').notNull().default(0),
    inboundWorking: integer('inbound_working').notNull().default(0),
    inboundShipped: integer('inbound_shipped').notNull().default(0),
    inboundReceiving: integer('inbound_receiving').notNull().default(0),
    reserved: integer('reserved').notNull().default(0),
    unfulfillable: integer('unfulfillable').notNull().default(0),
    capturedAt: createdAt(),
  },
  (t) => [index('amazon_inventory_sku_idx').on(t.sku, t.capturedAt)],
);

/** The FBM quantity last pushed to Amazon per SKU, so a push only sends SKUs that changed. */
export const amazonFbmPushes = sqliteTable('amazon_fbm_pushes', {
  sku: text('sku').primaryKey(),
  quantity: integer('quantity').notNull(),
  pushedAt: text('pushed_at').notNull(),
  status: text('status', { enum: ['ok', 'error'] }).notNull(),
  error: text('error'),
});
