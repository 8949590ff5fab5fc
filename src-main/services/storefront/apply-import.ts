import type { ImportCounts, SyncWarning } from '../../contract/jobs';
import type { Db } from '../../platform/database';
import { prepared } from '../../platform/prepared';
import type { WriteTx } from '../../store/db';
import { reevaluateReadiness } from '../picking/readiness';
import type { FeedOrder, FeedProduct, MergedFeed } from './merge';
import { upsertProducts, type ProductIds } from './upsert-products';

export interface ReturnToShelf {
  order_id: number;
  order_number: string;
  sku: string;
  qty: number;
  reason: 'cancelled' | 'quantity_reduced';
}

/** Orders that share a number are all imported, and the run says so. */
export interface ImportResult {
  counts: ImportCounts;
  returnToShelf: ReturnToShelf[];
  log: string[];
  warnings: SyncWarning[];
  /** Publish `order_ready` for these once the transaction has committed. */
  becameReady: number[];
}

export const emptyResult = (): ImportResult => ({
  counts: {
    products_upserted: 0,
    orders_created: 0,
    orders_updated: 0,
    orders_cancelled: 0,
    orders_skipped: 0,
  },
  returnToShelf: [],
  log: [],
  warnings: [],
  becameReady: [],
});

/**
 * Adds one step's result to the run's. A number shared in several steps is warned about once,
 * with the ids the last step saw (every order with it by then).
 */
export function addResult(total: ImportResult, step: ImportResult): void {
  for (const key of Object.keys(total.counts) as (keyof ImportCounts)[]) {
    total.counts[key] += step.counts[key];
  }
  total.returnToShelf.push(...step.returnToShelf);
  total.log.push(...step.log);
  total.becameReady.push(...step.becameReady);
  for (const warning of step.warnings) {
    const at = total.warnings.findIndex((w) => w.order_number === warning.order_number);
    if (at >= 0) total.warnings[at] = warning;
    else total.warnings.push(warning);
  }
}

interface OrderRow {
  id: number;
  external_order_id: string;
  number: string;
  status: string;
  customer_name: string | null;
  shipping_address: string | null;
  created_at: string;
  channel_updated_at: string | null;
}

interface LineQty {
  qty_ordered: number;
  qty_picked: number;
  qty_short: number;
  qty_return_to_shelf: number;
}

interface ItemRow extends LineQty {
  id: number;
  order_id: number;
  sku: string;
}

const IMPORTABLE = new Set(['open', 'ready_to_pack']);

/**
 * A line that shrinks keeps the picked units it still needs; the surplus goes back to
 * the shelf, and shorts shrink so picked + short never exceeds what is ordered.
 */
function resizeLine(line: LineQty, ordered: number): LineQty {
  const picked = Math.min(line.qty_picked, ordered);
  return {
    qty_ordered: ordered,
    qty_picked: picked,
    qty_short: Math.min(line.qty_short, ordered - picked),
    qty_return_to_shelf: line.qty_return_to_shelf + line.qty_picked - picked,
  };
}

const sql = {
  orders: `select id, external_order_id, number, status, customer_name, shipping_address, created_at,
                  channel_updated_at
             from orders
            where channel = 'storefront' and external_order_id in (select value from json_each(?))`,
  items: `select id, order_id, sku, qty_ordered, qty_picked, qty_short, qty_return_to_shelf
            from order_items where order_id in (select value from json_each(?))`,
  insertOrder: `insert into orders (channel, external_order_id, number, status, customer_name,
                  shipping_address, created_at, channel_updated_at, imported_at, updated_at)
                values ('storefront', ?, ?, 'open', ?, ?, ?, ?, ?, ?)`,
  updateOrder: `update orders set number = ?, customer_name = ?, shipping_address = ?, created_at = ?,
                  channel_updated_at = ?, updated_at = ? where id = ?`,
  cancelOrder: `update orders set status = 'cancelled', cancelled_at = ?, channel_updated_at = ?,
                  updated_at = ? where id = ?`,
  insertItem: `insert into order_items (order_id, product_id, sku, title, qty_ordered, unit_price_cents)
               values (?, ?, ?, ?, ?, ?)`,
  resizeItem: `update order_items set qty_ordered = ?, qty_picked = ?, qty_short = ?,
                 qty_return_to_shelf = ? where id = ?`,
  // Picked units move to the return list (as a shrink moves its surplus), so an undone pick
  // later takes them back off that list instead of counting them twice.
  returnPicked: `update order_items set qty_return_to_shelf = qty_return_to_shelf + qty_picked,
                  qty_picked = 0 where order_id = ? and qty_picked > 0`,
  event: `insert into order_events (order_id, type, detail, created_at) values (?, ?, ?, ?)`,
  sharedNumbers: `select number, json_group_array(id) as ids
                    from (select number, id from orders
                           where number in (select value from json_each(?))
                           order by created_at, id)
                   group by number having count(*) > 1`,
};

/**
 * Applies a merged feed by the re-import rules (docs/architecture.md "Re-imports"), in one go. Call inside one
 * transaction: it writes only rows that change, so re-importing the same feed writes nothing.
 * The station's syncs apply the same steps a few hundred orders at a time (importer.ts).
 */
export function applyFeed(db: Db, feed: MergedFeed, now = new Date().toISOString()): ImportResult {
  const products = applyProducts(db, [...feed.products.values()], now);
  const result = applyOrders(db, [...feed.orders.values()], products.ids, now);
  addResult(products.result, result);
  return { ...products.result, log: [...feed.log, ...products.result.log] };
}

/** One step: these products created or updated. Their ids are what later steps' lines refer to. */
export function applyProducts(
  db: Db,
  products: FeedProduct[],
  now: string,
): { result: ImportResult; ids: ProductIds } {
  const upsert = upsertProducts(db, products, now);
  const result = emptyResult();
  result.counts.products_upserted = upsert.upserted;
  return { result, ids: upsert.bySku };
}

/**
 * One step: these orders created, updated or cancelled, each with all its lines, and readiness
 * re-evaluated for those whose lines changed. `products` must hold every SKU they mention.
 */
export function applyOrders(
  db: Db,
  orders: FeedOrder[],
  products: ProductIds,
  now: string,
): ImportResult {
  return new FeedApplier(db, now, products).apply(orders);
}

class FeedApplier {
  private readonly result = emptyResult();
  /** Orders whose lines changed: readiness is re-evaluated for them. */
  private readonly touched: number[] = [];

  constructor(
    private readonly db: Db,
    private readonly now: string,
    private readonly products: ProductIds,
  ) {}

  apply(orders: FeedOrder[]): ImportResult {
    const existing = new Map(
      prepared<[string], OrderRow>(this.db, sql.orders)
        .all(JSON.stringify(orders.map((o) => o.externalId)))
        .map((row) => [row.external_order_id, row]),
    );
    const lines = new Map<number, ItemRow[]>();
    for (const item of prepared<[string], ItemRow>(this.db, sql.items).all(
      JSON.stringify([...existing.values()].map((o) => o.id)),
    )) {
      const list = lines.get(item.order_id);
      if (list) list.push(item);
      else lines.set(item.order_id, [item]);
    }

    for (const order of orders) {
      const row = existing.get(order.externalId);
      if (!row) this.create(order);
      else if (IMPORTABLE.has(row.status)) this.update(order, row, lines.get(row.id) ?? []);
      else if (order.target === 'cancelled' && row.status !== 'cancelled') {
        this.result.log.push(
          `order ${row.number} was cancelled in the storefront but is already ${row.status} here; not changed`,
        );
      }
    }
    // Every caller applies a step inside its own write transaction (the worker's short steps,
    // importPages' one transaction); the worker's connection has no WriteQueue to mint the tx.
    this.result.becameReady = reevaluateReadiness(this.db as WriteTx, this.touched).becameReady;
    for (const r of this.result.returnToShelf) {
      this.result.log.push(
        `return to shelf: ${r.qty} × ${r.sku} from order ${r.order_number} (${r.reason.replace('_', ' ')})`,
      );
    }
    this.result.warnings = sharedNumbers(this.db, orders);
    return this.result;
  }

  private create(order: FeedOrder): void {
    if (order.target !== 'open') {
      this.result.counts.orders_skipped++;
      return;
    }
    const id = Number(
      prepared(this.db, sql.insertOrder).run(
        order.externalId,
        order.number,
        order.customerName,
        order.shippingAddress,
        order.createdAt,
        order.updatedAt,
        this.now,
        this.now,
      ).lastInsertRowid,
    );
    for (const [sku, qty] of order.lines) this.insertLine(id, sku, qty);
    this.event(id, 'imported', { source: 'storefront', lines: Object.fromEntries(order.lines) });
    this.result.counts.orders_created++;
  }

  private update(order: FeedOrder, row: OrderRow, items: ItemRow[]): void {
    if (order.target === 'cancelled') return this.cancel(order, row, items);
    if (order.target === 'closed') {
      this.result.log.push(
        `order ${row.number} is "${order.status}" in the storefront but still ${row.status} here; left as it is`,
      );
      return;
    }
    const linesChanged = this.updateLines(order, row, items);
    const fieldsChanged =
      row.number !== order.number ||
      row.customer_name !== order.customerName ||
      row.shipping_address !== order.shippingAddress ||
      row.created_at !== order.createdAt ||
      row.channel_updated_at !== order.updatedAt;
    if (fieldsChanged) {
      prepared(this.db, sql.updateOrder).run(
        order.number,
        order.customerName,
        order.shippingAddress,
        order.createdAt,
        order.updatedAt,
        this.now,
        row.id,
      );
    }
    if (linesChanged) this.touched.push(row.id);
    if (linesChanged || fieldsChanged) this.result.counts.orders_updated++;
  }

  /** New lines are added; a line gone from the feed goes to quantity 0 by the same rule as a shrink. */
  private updateLines(order: FeedOrder, row: OrderRow, items: ItemRow[]): boolean {
    let changed = false;
    const bySku = new Map(items.map((item) => [item.sku, item]));
    for (const [sku, qty] of order.lines) {
      if (bySku.has(sku)) continue;
      this.insertLine(row.id, sku, qty);
      this.event(row.id, 'quantity_changed', { sku, from: 0, to: qty, return_to_shelf: 0 });
      changed = true;
    }
    for (const item of items) {
      const qty = order.lines.get(item.sku) ?? 0;
      if (qty === item.qty_ordered) continue;
      const next = resizeLine(item, qty);
      const surplus = next.qty_return_to_shelf - item.qty_return_to_shelf;
      prepared(this.db, sql.resizeItem).run(
        next.qty_ordered,
        next.qty_picked,
        next.qty_short,
        next.qty_return_to_shelf,
        item.id,
      );
      this.event(row.id, 'quantity_changed', {
        sku: item.sku,
        from: item.qty_ordered,
        to: qty,
        return_to_shelf: surplus,
      });
      if (surplus > 0) this.returnToShelf(row, item.sku, surplus, 'quantity_reduced');
      changed = true;
    }
    return changed;
  }

  /** Unpicked units leave the pick list with the order's status; picked ones go back to the shelf. */
  private cancel(order: FeedOrder, row: OrderRow, items: ItemRow[]): void {
    prepared(this.db, sql.cancelOrder).run(this.now, order.updatedAt, this.now, row.id);
    prepared(this.db, sql.returnPicked).run(row.id);
    const returned = items.filter((item) => item.qty_picked > 0);
    for (const item of returned) this.returnToShelf(row, item.sku, item.qty_picked, 'cancelled');
    this.event(row.id, 'cancelled', {
      source: 'storefront',
      storefront_status: order.status,
      return_to_shelf: returned.map((item) => ({ sku: item.sku, qty: item.qty_picked })),
    });
    this.result.counts.orders_cancelled++;
  }

  private insertLine(orderId: number, sku: string, qty: number): void {
    // mergeFeed made a product for every SKU an order mentions.
    const product = this.products.get(sku)!;
    prepared(this.db, sql.insertItem).run(
      orderId,
      product.id,
      sku,
      product.title,
      qty,
      product.priceCents,
    );
  }

  private returnToShelf(
    row: OrderRow,
    sku: string,
    qty: number,
    reason: ReturnToShelf['reason'],
  ): void {
    this.result.returnToShelf.push({
      order_id: row.id,
      order_number: row.number,
      sku,
      qty,
      reason,
    });
  }

  private event(orderId: number, type: string, detail: unknown): void {
    prepared(this.db, sql.event).run(orderId, type, JSON.stringify(detail), this.now);
  }
}

/** Numbers these orders carry that some other order carries too (in this feed or from before). */
function sharedNumbers(db: Db, orders: FeedOrder[]): SyncWarning[] {
  const numbers = [...new Set(orders.map((o) => o.number))];
  return prepared<[string], { number: string; ids: string }>(db, sql.sharedNumbers)
    .all(JSON.stringify(numbers))
    .map(({ number, ids }) => {
      const orderIds = JSON.parse(ids) as number[];
      return {
        code: 'duplicate_order_number',
        message: `${orderIds.length} orders have the number ${number}; all are imported, and a scan of it asks which one is meant`,
        order_number: number,
        order_ids: orderIds,
      };
    });
}
