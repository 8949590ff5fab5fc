import type { Channel, OrderStatus } from '../domain/orders';
import type { Db } from '../platform/database';

export interface OrderFixture {
  ext: string;
  createdAt: string;
  lines: Record<string, number>;
  channel?: Channel;
  status?: OrderStatus;
}

/** Inserts products (on first sight of a SKU) and orders straight into the database. */
export function seedOrders(db: Db, orders: OrderFixture[]): Map<string, number> {
  const client = db.$client;
  const product = client.prepare(
    `insert into products (sku, title, category, subcategory, barcode, bin_location) values (?, ?, ?, ?, ?, ?)
     on conflict(sku) do update set sku = excluded.sku returning id`,
  );
  const order = client.prepare(
    `insert into orders (channel, external_order_id, number, status, customer_name, created_at)
     values (?, ?, ?, ?, ?, ?) returning id`,
  );
  const item = client.prepare(
    'insert into order_items (order_id, product_id, sku, title, qty_ordered) values (?, ?, ?, ?, ?)',
  );
  const ids = new Map<string, number>();
  client.transaction(() => {
    for (const o of orders) {
      const { id } = order.get(
        o.channel ?? 'storefront',
        o.ext,
        `CC-${o.ext}`,
        o.status ?? 'open',
        `Customer ${o.ext}`,
        new Date(o.createdAt).toISOString(),
      ) as { id: number };
      ids.set(o.ext, id);
      for (const [sku, qty] of Object.entries(o.lines)) {
        const category = sku.split('-')[0]!;
        const p = product.get(
          sku,
          `Product ${sku}`,
          category,
          `${category} sub`,
          `BC-${sku}`,
          `A-${sku.length}`,
        ) as {
          id: number;
        };
        item.run(id, p.id, sku, `Product ${sku}`, qty);
      }
    }
  })();
  return ids;
}

export interface LineState {
  order: string;
  sku: string;
  picked: number;
  short: number;
  ordered: number;
  status: string;
}

/** Every line as `order/sku: picked+short of ordered (status)`, for whole-state comparisons. */
export function lineStates(db: Db): LineState[] {
  return db.$client
    .prepare(
      `select o.external_order_id as "order", i.sku, i.qty_picked as picked, i.qty_short as short,
              i.qty_ordered as ordered, o.status
         from order_items i join orders o on o.id = i.order_id order by o.external_order_id, i.sku`,
    )
    .all() as LineState[];
}
