import { ADJUST_REASONS, MOVEMENT_TYPES } from '../../src-main/domain/stock';
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt } from './columns';
import { products } from './products';
import { users } from './users';

/** The stock ledger: on_hand of a SKU is the sum of its movements; rows are never updated. */
export const stockMovements = sqliteTable(
  'stock_movements',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    productId: integer('product_id')
      .notNull()
      .references(() => products.id),
    type: text('type', { enum: MOVEMENT_TYPES }).notNull(),
    reason: text('reason', { enum: ADJUST_REASONS }),
    quantityChange: integer('quantity_change').notNull(),
    quantityBefore: integer('quantity_before').notNull(),
    quantityAfter: integer('quantity_after').notNull(),
    fromBin: text('from_bin'),
    toBin: text('to_bin'),
    /** What caused it: `order`, `shipment`, `purchase_order`, `fba_shipment`, `count`. */
    referenceType: text('reference_type'),
    referenceId: integer('reference_id'),
    note: text('note'),
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('stock_movements_product_idx').on(t.productId, t.id),
    index('stock_movements_created_idx').on(t.createdAt),
    check(
      'stock_movements_type_check',
      sql`${t.type} in ('RECEIVE', 'SHIP', 'ADJUST', 'COUNT', 'MOVE')`,
    ),
  ],
);
