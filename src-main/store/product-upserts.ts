import { prepared } from '../platform/prepared';
import type { ReadDb, WriteTx } from './db';

/** The product fields a storefront feed fills in. */
export interface ProductValues {
  sku: string;
  title: string;
  category: string | null;
  subcategory: string | null;
  barcode: string | null;
  image_url: string | null;
  bin_location: string | null;
  weight_oz: number | null;
  price_cents: number | null;
}

export interface ProductRow extends ProductValues {
  id: number;
}

export const PRODUCT_COLUMNS = [
  'sku',
  'title',
  'category',
  'subcategory',
  'barcode',
  'image_url',
  'bin_location',
  'weight_oz',
  'price_cents',
] as const satisfies readonly (keyof ProductValues)[];

const valuesOf = (product: ProductValues) => PRODUCT_COLUMNS.map((c) => product[c]);

const SELECT = `select id, ${PRODUCT_COLUMNS.join(', ')} from products
                 where sku in (select value from json_each(?))`;
const INSERT = `insert into products (${PRODUCT_COLUMNS.join(', ')}, created_at, updated_at)
                values (${PRODUCT_COLUMNS.map(() => '?').join(', ')}, ?, ?)`;
const UPDATE = `update products set ${PRODUCT_COLUMNS.map((c) => `${c} = ?`).join(', ')},
                       updated_at = ?
                 where id = ?`;

/** The products these SKUs name, in no particular order; SKUs without one are left out. */
export function productsBySku(db: ReadDb, skus: string[]): ProductRow[] {
  return prepared<[string], ProductRow>(db, SELECT).all(JSON.stringify(skus));
}

/** Answers the new product's id. */
export function insertProduct(tx: WriteTx, product: ProductValues, now: string): number {
  return Number(prepared(tx, INSERT).run(...valuesOf(product), now, now).lastInsertRowid);
}

export function updateProduct(tx: WriteTx, id: number, product: ProductValues, now: string): void {
  prepared(tx, UPDATE).run(...valuesOf(product), now, id);
}
