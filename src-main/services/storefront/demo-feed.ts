import {
  CITIES,
  DEMO_CATALOG,
  FIRST_NAMES,
  LAST_NAMES,
  STREETS,
  type DemoProduct,
} from './demo-catalog';
import type { FeedItem, FeedOrderEntry, FeedPage } from './feed-schema';

/** A feed document, as a storefront serves it. */
export type FeedDocument = FeedPage & { generated_at: string; next_page: number | null };

export interface DemoFeedOptions {
  orders: number;
  seed: number;
  /** Orders are created over the three days before this. */
  now?: Date;
}

/** mulberry32: tiny, fast and the same on every machine, which is all a demo needs. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks an index with the given weights (they need not sum to 1). */
function weighted(random: () => number, weights: readonly number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let r = random() * total;
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i]!;
    if (r < 0) return i;
  }
  return weights.length - 1;
}

const pick = <T>(random: () => number, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)]!;

/** Lines per order 1–6, mean ≈ 3: 10,000 orders make ≈ 30,000 lines. */
const LINES_PER_ORDER = [0.17, 0.23, 0.25, 0.17, 0.11, 0.07];
/** Units per line 1–4: most people buy one of a thing. */
const UNITS_PER_LINE = [0.72, 0.19, 0.06, 0.03];
/** Minutes from UTC: the shop sells across the US and a little in Europe; some feeds say Z. */
const OFFSETS = [0, -300, -360, -420, -480, -240, 60];
const OFFSET_WEIGHTS = [0.25, 0.25, 0.15, 0.1, 0.12, 0.08, 0.05];
/** ≈3% cancelled or refunded; the rest in the open states of the default status mapping. */
const STATUSES = ['processing', 'pending', 'on-hold', 'cancelled', 'refunded'];
const STATUS_WEIGHTS = [0.85, 0.08, 0.04, 0.02, 0.01];

const DAY = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** The local wall-clock time at that offset, written with the offset (or Z). */
function withOffset(ms: number, offsetMinutes: number): string {
  const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 19);
  if (offsetMinutes === 0) return `${local}Z`;
  const abs = Math.abs(offsetMinutes);
  return `${local}${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Zipf-like: a few SKUs (whatever the seed makes popular) sell far more than the rest. */
function popularity(random: () => number): number[] {
  const ranks = DEMO_CATALOG.map((_, i) => i);
  for (let i = ranks.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [ranks[i], ranks[j]] = [ranks[j]!, ranks[i]!];
  }
  return ranks.map((rank) => 1 / (rank + 1) ** 1.1);
}

/** A deterministic storefront feed: the same options always give the same document. */
export function generateDemoFeed({
  orders,
  seed,
  now = new Date(),
}: DemoFeedOptions): FeedDocument {
  const random = mulberry32(seed);
  const weights = popularity(random);
  const end = Math.floor(now.getTime() / 1000) * 1000;
  const times = Array.from({ length: orders }, () => end - Math.floor(random() * 3 * DAY));
  times.sort((a, b) => a - b);

  const appearances = new Map<DemoProduct, FeedOrderEntry[]>();
  times.forEach((createdMs, i) => {
    const offset = OFFSETS[weighted(random, OFFSET_WEIGHTS)]!;
    const updatedMs = Math.min(end, createdMs + Math.floor(random() * 2 * 3_600_000));
    const name = `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`;
    const [city, state, postal_code] = pick(random, CITIES);
    const order: Omit<FeedOrderEntry, 'quantity'> = {
      order_id: String(100_000 + i),
      order_number: `CC-${20_000 + i}`,
      customer_name: name,
      status: STATUSES[weighted(random, STATUS_WEIGHTS)]!,
      created_at: withOffset(createdMs, offset),
      updated_at: withOffset(updatedMs, offset),
      shipping_address: {
        name,
        line1: `${1 + Math.floor(random() * 9_899)} ${pick(random, STREETS)}`,
        line2: random() < 0.15 ? `Apt ${1 + Math.floor(random() * 40)}` : '',
        city,
        state,
        postal_code,
        country: 'US',
      },
    };
    const chosen = new Set<DemoProduct>();
    const lines = weighted(random, LINES_PER_ORDER) + 1;
    while (chosen.size < lines) chosen.add(DEMO_CATALOG[weighted(random, weights)]!);
    for (const product of chosen) {
      const quantity = weighted(random, UNITS_PER_LINE) + 1;
      const list = appearances.get(product) ?? [];
      list.push({ ...order, quantity });
      appearances.set(product, list);
    }
  });

  const placed = DEMO_CATALOG.flatMap((product) => {
    const entries = appearances.get(product);
    if (!entries) return [];
    const item: FeedItem = {
      sku: product.sku,
      title: product.title,
      image_url: `https://cdn.example.com/img/${product.sku.toLowerCase()}.jpg`,
      barcode: product.barcode,
      bin_location: product.binLocation,
      weight: product.weightLb,
      price: product.price,
      orders: entries,
    };
    return [{ category: product.category, subcategory: product.subcategory, item }];
  });
  return { generated_at: new Date(end).toISOString(), next_page: null, categories: nest(placed) };
}

interface PlacedItem {
  category: string;
  subcategory: string;
  item: FeedItem;
}

/** Items in feed order back into category → subcategory → items. */
function nest(placed: PlacedItem[]): FeedPage['categories'] {
  const categories: FeedPage['categories'] = [];
  for (const { category, subcategory, item } of placed) {
    let c = categories.at(-1);
    if (c?.name !== category) categories.push((c = { name: category, subcategories: [] }));
    let s = c.subcategories.at(-1);
    if (s?.name !== subcategory) c.subcategories.push((s = { name: subcategory, items: [] }));
    s.items.push(item);
  }
  return categories;
}

/**
 * Splits a feed into feed pages of `pageSize` items each, linked by next_page. Pages break
 * between items, never inside one: a SKU may appear on one page only.
 */
export function pages(feed: FeedDocument, pageSize: number): FeedDocument[] {
  const size = Math.max(1, Math.floor(pageSize));
  const placed: PlacedItem[] = feed.categories.flatMap((c) =>
    c.subcategories.flatMap((s) =>
      s.items.map((item) => ({ category: c.name, subcategory: s.name, item })),
    ),
  );
  const count = Math.max(1, Math.ceil(placed.length / size));
  return Array.from({ length: count }, (_, p) => ({
    generated_at: feed.generated_at,
    next_page: p + 1 < count ? p + 2 : null,
    categories: nest(placed.slice(p * size, (p + 1) * size)),
  }));
}
