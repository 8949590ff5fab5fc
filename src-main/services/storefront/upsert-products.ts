import type { Db } from '../../platform/database';
import { prepared } from '../../platform/prepared';
import type { FeedProduct } from './merge';

interface ProductRow {
  id: number;
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

type ProductValues = Omit<ProductRow, 'id'>;

const COLUMNS = [
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

/**
 * What the product should hold after this feed. The feed owns title and category; an optional
 * field it leaves out keeps the station's value, and the bin is the warehouse's own: the feed
 * only fills it in when the station has none.
 */
function desired(feed: FeedProduct, current: ProductRow | undefined): ProductValues {
  return {
    sku: feed.sku,
    title: feed.title,
    category: feed.category,
    subcategory: feed.subcategory,
    barcode: feed.barcode ?? current?.barcode ?? null,
    image_url: feed.imageUrl ?? current?.image_url ?? null,
    bin_location: current?.bin_location ?? feed.binLocation,
    weight_oz: feed.weightOz ?? current?.weight_oz ?? null,
    price_cents: feed.priceCents ?? current?.price_cents ?? null,
  };
}

/** SKU → product id and the title and price a new line is sold at. */
export type ProductIds = Map<string, { id: number; priceCents: number | null; title: string }>;

export interface ProductUpsert {
  bySku: ProductIds;
  /** Products created or actually changed. */
  upserted: number;
}

/** Creates and updates the feed's products; rows that would not change are not written. */
export function upsertProducts(db: Db, products: FeedProduct[], now: string): ProductUpsert {
  const existing = new Map(
    prepared<[string], ProductRow>(
      db,
      `select id, ${COLUMNS.join(', ')} from products where sku in (select value from json_each(?))`,
    )
      .all(JSON.stringify(products.map((p) => p.sku)))
      .map((row) => [row.sku, row]),
  );
  const insert = prepared(
    db,
    `insert into products (${COLUMNS.join(', ')}, created_at, updated_at)
     values (${COLUMNS.map(() => '?').join(', ')}, ?, ?)`,
  );
  const update = prepared(
    db,
    `update products set ${COLUMNS.map((c) => `${c} = ?`).join(', ')}, updated_at = ? where id = ?`,
  );

  const result: ProductUpsert = { bySku: new Map(), upserted: 0 };
  for (const feed of products) {
    const current = existing.get(feed.sku);
    const next = desired(feed, current);
    const values = COLUMNS.map((c) => next[c]);
    let id = current?.id;
    if (id === undefined) {
      id = Number(insert.run(...values, now, now).lastInsertRowid);
      result.upserted++;
    } else if (COLUMNS.some((c) => next[c] !== current![c])) {
      update.run(...values, now, id);
      result.upserted++;
    }
    result.bySku.set(feed.sku, { id, priceCents: next.price_cents, title: next.title });
  }
  return result;
}
