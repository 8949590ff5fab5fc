import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt, updatedAt } from './columns';

/** Money is stored in integer cents throughout: no float rounding in totals. */
export const products = sqliteTable(
  'products',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sku: text('sku').notNull().unique(),
    title: text('title').notNull(),
    category: text('category'),
    subcategory: text('subcategory'),
    barcode: text('barcode'),
    asin: text('asin'),
    imageUrl: text('image_url'),
    binLocation: text('bin_location'),
    reorderPoint: integer('reorder_point').notNull().default(0),
    reorderQty: integer('reorder_qty').notNull().default(0),
    safetyBuffer: integer('safety_buffer'),
    costCents: integer('cost_cents'),
    priceCents: integer('price_cents'),
    weightOz: real('weight_oz'),
    lengthIn: real('length_in'),
    widthIn: real('width_in'),
    heightIn: real('height_in'),
    isHazmat: integer('is_hazmat', { mode: 'boolean' }).notNull().default(false),
    isActive: integer('is_active', { mode: 'boolean' }).notNull().default(true),
    /** Set when a shortage hits a SKU the ledger says is on hand: someone should count it. */
    needsCount: integer('needs_count', { mode: 'boolean' }).notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('products_barcode_idx').on(t.barcode),
    index('products_bin_idx').on(t.binLocation),
    index('products_category_idx').on(t.category, t.subcategory),
  ],
);
