import type { CombinedItem, InventoryItem, InventorySort } from '../contract/inventory';
import { prepared } from '../platform/prepared';
import type { ReadDb } from './db';
import { containing } from './search';

export interface LevelsQuery {
  q?: string;
  /** Exactly this SKU: one row, for a SKU's own page. */
  sku?: string;
  sort: InventorySort;
  limit: number;
  offset: number;
  /** Only active SKUs with available <= reorder_point. */
  lowOnly?: boolean;
  /**
   * A cycle count's walk instead of `sort`: active SKUs only, those flagged needs_count first,
   * then by bin (SKUs without one last) and SKU.
   */
  countWalk?: boolean;
}

/**
 * Units promised to warehouse orders not yet shipped: every line of an open or ready order (the
 * `order_active` copy, kept by triggers, walks a partial index) and of a packed one, less what
 * was marked short. FBA orders are Amazon's to ship and never count.
 */
const COMMITTED = `committed as (
  select product_id, sum(n) as n from (
    select product_id, qty_ordered - qty_short as n from order_items where order_active = 1
    union all
    select i.product_id, i.qty_ordered - i.qty_short
      from orders o join order_items i on i.order_id = o.id
     where o.status = 'packed' and o.channel != 'amazon_fba'
  ) group by product_id)`;

/** Units still to come on purchase orders that are open. */
const INCOMING = `incoming as (
  select l.product_id, sum(max(0, l.quantity_ordered - l.quantity_received)) as n
    from purchase_orders po join purchase_order_lines l on l.purchase_order_id = po.id
   where po.status not in ('RECEIVED', 'CANCELLED')
   group by l.product_id)`;

// On hand is the newest ledger row's quantity_after (store/stock-movements.ts onHand).
const LEVELS = `levels as (
  select p.id, p.sku, p.title, p.barcode, p.bin_location, p.reorder_point, p.reorder_qty,
         p.safety_buffer, p.needs_count, p.is_active,
         coalesce((select quantity_after from stock_movements m where m.product_id = p.id
                    order by m.id desc limit 1), 0) as on_hand,
         coalesce(c.n, 0) as committed, coalesce(i.n, 0) as incoming
    from products p left join committed c on c.product_id = p.id
                    left join incoming i on i.product_id = p.id
   where (@sku is null or p.sku = @sku)
     and (@q is null or p.sku like @q escape '\\' or p.title like @q escape '\\'
          or p.barcode like @q escape '\\' or p.bin_location like @q escape '\\'))`;

const LOW = 'is_active = 1 and on_hand - committed <= reorder_point';

const ORDER: Record<string, (t: string) => string> = {
  sku: (t) => `${t}.sku`,
  title: (t) => `${t}.title`,
  bin_location: (t) => `${t}.bin_location`,
  on_hand: (t) => `${t}.on_hand`,
  available: (t) => `${t}.on_hand - ${t}.committed`,
};

/** The order of `sort` over the rows of table `t`; ties go by SKU, the way the sort goes. */
function orderBy(sort: InventorySort, t: string): string {
  const desc = sort.startsWith('-');
  const field = desc ? sort.slice(1) : sort;
  const dir = desc ? 'desc' : 'asc';
  return `${ORDER[field]!(t)} ${dir}${field === 'sku' ? '' : `, ${t}.sku ${dir}`}`;
}

const COUNT_WALK = (t: string) =>
  `${t}.needs_count desc, ${t}.bin_location is null, ${t}.bin_location, ${t}.sku`;

/**
 * Written off as damaged: minus the net of the SKU's DAMAGE adjustments (a DAMAGE takes units
 * off the shelf, so the net is negative), never below 0. Computed for the page only: it reads
 * the SKU's ledger.
 */
const DAMAGED = `max(0, -coalesce((select sum(quantity_change) from stock_movements m
                   where m.product_id = l.id and m.type = 'ADJUST' and m.reason = 'DAMAGE'), 0))`;

/** Amazon's side from the newest FBA inventory snapshot of the SKU; none reads as 0. */
const AMAZON = `left join amazon_inventory_snapshots s on s.id = (
  select id from amazon_inventory_snapshots where sku = l.sku order by created_at desc, id desc limit 1)`;
const AMAZON_COLUMNS = `, coalesce(s.fulfillable, 0) as fba_fulfillable,
  coalesce(s.inbound_working + s.inbound_shipped + s.inbound_receiving, 0) as fba_inbound,
  coalesce(s.reserved, 0) as fba_reserved, coalesce(s.unfulfillable, 0) as fba_unfulfillable,
  s.created_at as fba_captured_at`;

interface LevelRow extends Omit<InventoryItem, 'needs_reorder' | 'needs_count'> {
  safety_buffer: number | null;
  needs_count: number;
}
type CombinedRow = LevelRow &
  Pick<
    CombinedItem,
    'fba_fulfillable' | 'fba_inbound' | 'fba_reserved' | 'fba_unfulfillable' | 'fba_captured_at'
  >;

function levels<R extends LevelRow>(
  db: ReadDb,
  query: LevelsQuery,
  amazon: boolean,
): { rows: R[]; total: number } {
  const head = `with ${COMMITTED}, ${INCOMING}, ${LEVELS}`;
  const where = query.lowOnly ? `where ${LOW}` : query.countWalk ? 'where is_active = 1' : '';
  const order = (t: string) => (query.countWalk ? COUNT_WALK(t) : orderBy(query.sort, t));
  const params = { q: containing(query.q), sku: query.sku ?? null };
  // The page is chosen first, so the per-SKU reads (damage, Amazon) run for its rows alone.
  const rows = prepared<[typeof params & { limit: number; offset: number }], R>(
    db,
    `${head}, page as (select * from levels v ${where} order by ${order('v')} limit @limit offset @offset)
     select l.sku, l.title, l.barcode, l.bin_location, l.on_hand, l.committed,
            l.on_hand - l.committed as available, ${DAMAGED} as damaged, l.incoming,
            l.reorder_point, l.reorder_qty, l.safety_buffer, l.needs_count
            ${amazon ? AMAZON_COLUMNS : ''}
       from page l ${amazon ? AMAZON : ''} order by ${order('l')}`,
  ).all({ ...params, limit: query.limit, offset: query.offset });
  const total = prepared<[typeof params], { n: number }>(
    db,
    `${head} select count(*) as n from levels ${where}`,
  ).get(params)!.n;
  return { rows, total };
}

const asItem = ({ safety_buffer: _, needs_count, ...row }: LevelRow): InventoryItem => ({
  ...row,
  needs_reorder: row.available <= row.reorder_point,
  needs_count: needs_count === 1,
});

export function inventoryLevels(
  db: ReadDb,
  query: LevelsQuery,
): { items: InventoryItem[]; total: number } {
  const { rows, total } = levels<LevelRow>(db, query, false);
  return { items: rows.map(asItem), total };
}

export function combinedLevels(
  db: ReadDb,
  query: LevelsQuery,
): { items: CombinedItem[]; total: number } {
  const { rows, total } = levels<CombinedRow>(db, query, true);
  return {
    items: rows.map((row) => {
      const {
        fba_fulfillable,
        fba_inbound,
        fba_reserved,
        fba_unfulfillable,
        fba_captured_at,
        ...level
      } = row;
      const item = asItem(level);
      return {
        ...item,
        fba_fulfillable,
        fba_inbound,
        fba_reserved,
        fba_unfulfillable,
        fba_captured_at,
        // DESIGN.md "Stock": what is pushed to Amazon keeps the safety buffer back.
        fbm_quantity: Math.max(0, item.available - (row.safety_buffer ?? 0)),
        total_available: item.available + fba_fulfillable,
      };
    }),
    total,
  };
}
