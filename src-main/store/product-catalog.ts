import type { Product, ProductFields } from '../contract/products';
import { prepared } from '../platform/prepared';
import { containing } from './search';
import type { ReadDb, WriteTx } from './db';

/** The contract's fields as columns: money arrives in cents (the contract converts it). */
const COLUMN: Record<keyof ProductFields, string> = {
  title: 'title',
  category: 'category',
  subcategory: 'subcategory',
  barcode: 'barcode',
  asin: 'asin',
  bin_location: 'bin_location',
  reorder_point: 'reorder_point',
  reorder_qty: 'reorder_qty',
  safety_buffer: 'safety_buffer',
  cost: 'cost_cents',
  price: 'price_cents',
  weight_oz: 'weight_oz',
  length_in: 'length_in',
  width_in: 'width_in',
  height_in: 'height_in',
  is_hazmat: 'is_hazmat',
  is_active: 'is_active',
};

type ProductRow = Omit<Product, 'cost' | 'price' | 'is_hazmat' | 'is_active' | 'needs_count'> & {
  cost_cents: number | null;
  price_cents: number | null;
  is_hazmat: number;
  is_active: number;
  needs_count: number;
};

const SELECT = `select id, sku, title, category, subcategory, barcode, asin, bin_location, image_url,
                       reorder_point, reorder_qty, safety_buffer, cost_cents, price_cents, weight_oz,
                       length_in, width_in, height_in, is_hazmat, is_active, needs_count,
                       created_at, updated_at
                  from products`;

const asProduct = ({ cost_cents, price_cents, ...row }: ProductRow): Product => ({
  ...row,
  cost: cost_cents === null ? null : cost_cents / 100,
  price: price_cents === null ? null : price_cents / 100,
  is_hazmat: row.is_hazmat === 1,
  is_active: row.is_active === 1,
  needs_count: row.needs_count === 1,
});

/** The id of the product with exactly this SKU, or null. Paths name a SKU as stored. */
export function productIdBySku(db: ReadDb, sku: string): number | null {
  return (
    prepared<[string], { id: number }>(db, 'select id from products where sku = ?').get(sku)?.id ??
    null
  );
}

export function productBySku(db: ReadDb, sku: string): Product | null {
  const row = prepared<[string], ProductRow>(db, `${SELECT} where sku = ?`).get(sku);
  return row ? asProduct(row) : null;
}

export interface ProductFilter {
  q?: string;
  category?: string;
  active?: boolean;
  limit: number;
  offset: number;
}

export function listProducts(db: ReadDb, f: ProductFilter): { products: Product[]; total: number } {
  const where = `where (@q is null or sku like @q escape '\\' or title like @q escape '\\'
                        or barcode like @q escape '\\' or asin like @q escape '\\')
                   and (@category is null or category = @category)
                   and (@active is null or is_active = @active)`;
  const params = {
    q: containing(f.q),
    category: f.category ?? null,
    active: f.active === undefined ? null : Number(f.active),
  };
  const rows = prepared<[typeof params & { limit: number; offset: number }], ProductRow>(
    db,
    `${SELECT} ${where} order by sku limit @limit offset @offset`,
  ).all({ ...params, limit: f.limit, offset: f.offset });
  const total = prepared<[typeof params], { n: number }>(
    db,
    `select count(*) as n from products ${where}`,
  ).get(params)!.n;
  return { products: rows.map(asProduct), total };
}

/** SQLite has no booleans: flags are stored as 0 and 1. */
const bindable = (fields: Partial<ProductFields>) =>
  Object.fromEntries(
    Object.entries(fields)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, typeof v === 'boolean' ? Number(v) : v]),
  );

/** The SKU's new row with the fields given; the others take their defaults. */
export function insertProduct(
  tx: WriteTx,
  sku: string,
  fields: Partial<ProductFields> & { title: string },
): number {
  const values = bindable(fields);
  const keys = Object.keys(values).sort() as (keyof ProductFields)[];
  return Number(
    prepared(
      tx,
      `insert into products (sku, ${keys.map((k) => COLUMN[k]).join(', ')})
       values (@sku, ${keys.map((k) => `@${k}`).join(', ')})`,
    ).run({ ...values, sku }).lastInsertRowid,
  );
}

/** Sets the fields given, and only those. */
export function updateProduct(tx: WriteTx, id: number, fields: Partial<ProductFields>): void {
  const values = bindable(fields);
  const keys = Object.keys(values).sort() as (keyof ProductFields)[];
  if (keys.length === 0) return;
  prepared(
    tx,
    `update products set ${keys.map((k) => `${COLUMN[k]} = @${k}`).join(', ')},
            updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
      where id = @id`,
  ).run({ ...values, id });
}

/** The ids of those SKUs that exist, by SKU: one read for a whole import file. */
export function productIdsBySku(db: ReadDb, skus: string[]): Map<string, number> {
  const rows = prepared<[string], { sku: string; id: number }>(
    db,
    'select sku, id from products where sku in (select value from json_each(?))',
  ).all(JSON.stringify(skus));
  return new Map(rows.map((r) => [r.sku, r.id]));
}

/** Every product's id and SKU, oldest first. */
export function catalogSkus(db: ReadDb): { id: number; sku: string }[] {
  return prepared<[], { id: number; sku: string }>(
    db,
    'select id, sku from products order by id',
  ).all();
}

/** What each of those SKUs costs to buy, in cents (null when unknown), by SKU. */
export function costsBySku(db: ReadDb, skus: string[]): Map<string, number | null> {
  const rows = prepared<[string], { sku: string; cost_cents: number | null }>(
    db,
    'select sku, cost_cents from products where sku in (select value from json_each(?))',
  ).all(JSON.stringify(skus));
  return new Map(rows.map((r) => [r.sku, r.cost_cents]));
}
