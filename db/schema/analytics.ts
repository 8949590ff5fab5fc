import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Sales rolled up per day, SKU and channel, so trend charts never scan every order. */
export const dailySalesMetrics = sqliteTable(
  'daily_sales_metrics',
  {
    date: text('date').notNull(),
    sku: text('sku').notNull(),
    channel: text('channel').notNull(),
    orders: integer('orders').notNull().default(0),
    units: integer('units').notNull().default(0),
    revenueCents: integer('revenue_cents').notNull().default(0),
    costCents: integer('cost_cents').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.date, t.sku, t.channel] })],
);
