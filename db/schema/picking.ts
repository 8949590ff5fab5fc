import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt } from './columns';
import { orderItems } from './orders';
import { products } from './products';
import { users } from './users';

/** One "picked N of SKU" action; its allocations say exactly which lines it filled, so undo is exact. */
export const pickEvents = sqliteTable(
  'pick_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    productId: integer('product_id')
      .notNull()
      .references(() => products.id),
    sku: text('sku').notNull(),
    qty: integer('qty').notNull(),
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
    device: text('device'),
    createdAt: createdAt(),
    undoneAt: text('undone_at'),
    undoneBy: integer('undone_by').references(() => users.id, { onDelete: 'set null' }),
  },
  // Per-picker figures (pick rate) read a date range by created_at; no index on user_id keeps
  // each pick's commit small.
  (t) => [index('pick_events_created_idx').on(t.createdAt)],
);

export const pickAllocations = sqliteTable(
  'pick_allocations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    pickEventId: integer('pick_event_id')
      .notNull()
      .references(() => pickEvents.id, { onDelete: 'cascade' }),
    orderItemId: integer('order_item_id')
      .notNull()
      .references(() => orderItems.id, { onDelete: 'cascade' }),
    qty: integer('qty').notNull(),
  },
  (t) => [
    index('pick_allocations_event_idx').on(t.pickEventId),
    index('pick_allocations_item_idx').on(t.orderItemId),
  ],
);

/** A "not in stock" action: which SKU, how many, which orders lost them, who said so. */
export const stockExceptions = sqliteTable(
  'stock_exceptions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    productId: integer('product_id')
      .notNull()
      .references(() => products.id),
    sku: text('sku').notNull(),
    productTitle: text('product_title').notNull(),
    qtyShort: integer('qty_short').notNull(),
    orderNumbers: text('order_numbers', { mode: 'json' }).$type<string[]>().notNull(),
    allocations: text('allocations', { mode: 'json' })
      .$type<{ order_id: number; item_id: number; qty: number }[]>()
      .notNull(),
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
    device: text('device'),
    /** The ledger showed units on hand, so this short asked for a cycle count (needs_count). */
    flaggedCount: integer('flagged_count', { mode: 'boolean' }).notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    index('stock_exceptions_created_idx').on(t.createdAt),
    index('stock_exceptions_sku_idx').on(t.sku),
  ],
);

/** Answers already given to a client-made request_id, so a retried request changes nothing. */
export const idempotencyKeys = sqliteTable('idempotency_keys', {
  key: text('key').primaryKey(),
  status: integer('status').notNull(),
  response: text('response', { mode: 'json' }).notNull(),
  createdAt: createdAt(),
});
