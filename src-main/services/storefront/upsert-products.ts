import type { WriteTx } from '../../store/db';
import {
  insertProduct,
  PRODUCT_COLUMNS,
  productsBySku,
  updateProduct,
  type ProductRow,
  type ProductValues,
} from '../../store/product-upserts';
import type { FeedProduct } from './merge';

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
export function upsertProducts(tx: WriteTx, products: FeedProduct[], now: string): ProductUpsert {
  const existing = new Map(
    productsBySku(
      tx,
      products.map((p) => p.sku),
    ).map((row) => [row.sku, row]),
  );
  const result: ProductUpsert = { bySku: new Map(), upserted: 0 };
  for (const feed of products) {
    const current = existing.get(feed.sku);
    const next = desired(feed, current);
    let id = current?.id;
    if (id === undefined) {
      id = insertProduct(tx, next, now);
      result.upserted++;
    } else if (PRODUCT_COLUMNS.some((c) => next[c] !== current![c])) {
      updateProduct(tx, id, next, now);
      result.upserted++;
    }
    result.bySku.set(feed.sku, { id, priceCents: next.price_cents, title: next.title });
  }
  return result;
}
