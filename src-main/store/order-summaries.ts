import type { OrderSummary } from '../contract/orders';
import { isFullyShort, type Channel, type OrderStatus } from '../domain/orders';
import { prepared } from '../platform/prepared';
import type { ReadDb } from './db';

type SummaryRow = Omit<OrderSummary, 'fully_short' | 'pack_verified'> & {
  pack_verified: number | null;
};

const SUMMARIES = `
  select o.id, o.number, o.channel, o.external_order_id, o.status, o.customer_name, o.created_at,
         count(i.id) filter (where i.qty_ordered > 0) as lines,
         coalesce(sum(i.qty_ordered), 0) as units_ordered,
         coalesce(sum(i.qty_picked), 0) as units_picked,
         coalesce(sum(i.qty_short), 0) as units_short,
         coalesce(sum(i.qty_packed), 0) as units_packed,
         coalesce(sum(min(i.qty_verified, i.qty_picked)), 0) as verified_units,
         o.packed_at, u.username as packed_by, o.pack_verified, o.shipped_at
    from orders o
    left join order_items i on i.order_id = o.id
    left join users u on u.id = o.packed_by
   where o.id in (select value from json_each(?))
   group by o.id`;

/** Summaries of these orders, in the order given: each list picks and sorts its ids, then asks here. */
function summaries(db: ReadDb, ids: number[]): OrderSummary[] {
  const byId = new Map(
    prepared<[string], SummaryRow>(db, SUMMARIES)
      .all(JSON.stringify(ids))
      .map((row) => [
        row.id,
        {
          ...row,
          fully_short: isFullyShort(row),
          pack_verified: row.pack_verified === null ? null : row.pack_verified === 1,
        },
      ]),
  );
  return ids.map((id) => byId.get(id)!);
}

const ids = (db: ReadDb, sql: string, ...params: unknown[]) =>
  prepared<unknown[], { id: number }>(db, sql)
    .all(...params)
    .map((r) => r.id);

/**
 * Orders to pack, oldest first with picking's tie-break (created_at, then external id, numeric ids
 * in number order). The tie-break key is read from the copy the FIFO trigger keeps on the lines,
 * so the rule lives in one place.
 */
export function readyToPack(db: ReadDb): OrderSummary[] {
  return summaries(
    db,
    ids(
      db,
      `select o.id from orders o where o.status = 'ready_to_pack'
        order by o.created_at, (select i.fifo_ext from order_items i where i.order_id = o.id limit 1), o.id`,
    ),
  );
}

/**
 * Packed orders with something in the box, waiting for a tracking number, longest-waiting first.
 * A fully short order closed out at the desk has nothing to ship: it leaves the desk's lists and
 * waits for its channel to cancel or refund it (the out-of-stock report names it), instead of
 * sitting here unshippable.
 */
export function pendingShipment(db: ReadDb): OrderSummary[] {
  return summaries(
    db,
    ids(
      db,
      `select id from orders o
        where status = 'packed'
          and exists (select 1 from order_items i where i.order_id = o.id and i.qty_packed > 0)
        order by packed_at, id`,
    ),
  );
}

export interface OrderSearch {
  status?: OrderStatus;
  channel?: Channel;
  /** Part of the order number, customer name or external id, or of a SKU in the order. */
  q?: string;
  page: number;
  page_size: number;
}

const likeEscaped = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Every order, newest first, filtered and a page at a time. */
export function searchOrders(db: ReadDb, search: OrderSearch) {
  const where: string[] = [];
  const params: unknown[] = [];
  if (search.status) {
    where.push('o.status = ?');
    params.push(search.status);
  }
  if (search.channel) {
    where.push('o.channel = ?');
    params.push(search.channel);
  }
  if (search.q) {
    const like = likeEscaped(search.q);
    where.push(`(o.number like ? escape '\\' or o.customer_name like ? escape '\\'
                 or o.external_order_id like ? escape '\\'
                 or exists (select 1 from order_items i where i.order_id = o.id and i.sku like ? escape '\\'))`);
    params.push(like, like, like, like);
  }
  const filter = where.length ? `where ${where.join(' and ')}` : '';
  const total = prepared<unknown[], { n: number }>(
    db,
    `select count(*) as n from orders o ${filter}`,
  ).get(...params)!.n;
  const page = ids(
    db,
    `select o.id from orders o ${filter} order by o.created_at desc, o.id desc limit ? offset ?`,
    ...params,
    search.page_size,
    (search.page - 1) * search.page_size,
  );
  return { orders: summaries(db, page), total, page: search.page, page_size: search.page_size };
}
