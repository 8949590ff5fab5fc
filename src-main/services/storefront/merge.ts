import type { ShippingAddress } from '../../domain/orders';
import type { StationSettings } from '../../contract/settings';
import { feedProblems } from './feed-error';
import { feedLocation, type FeedItem, type FeedOrderEntry, type ValidPage } from './feed-schema';

type StatusMapping = StationSettings['status_mapping'];
export type StatusTarget = StatusMapping[string];

export interface FeedProduct {
  sku: string;
  title: string;
  category: string;
  subcategory: string;
  barcode: string | null;
  imageUrl: string | null;
  binLocation: string | null;
  weightOz: number | null;
  priceCents: number | null;
}

/** One storefront order, merged from its appearance under each item it contains. */
export interface FeedOrder {
  externalId: string;
  number: string;
  customerName: string | null;
  /** The storefront's own word, for the log; `target` is what the station does with it. */
  status: string;
  target: StatusTarget;
  /** UTC, `toISOString()` form: the FIFO key compares as text. */
  createdAt: string;
  updatedAt: string;
  /** JSON text, so comparing with the stored column is a string compare. */
  shippingAddress: string | null;
  /** SKU → quantity. */
  lines: Map<string, number>;
}

export interface MergedFeed {
  products: Map<string, FeedProduct>;
  orders: Map<string, FeedOrder>;
  log: string[];
}

const utc = (iso: string) => new Date(iso).toISOString();

function cents(price: FeedItem['price']): number | null {
  return price === null || price === undefined ? null : Math.round(Number(price) * 100);
}

const ADDRESS_FIELDS = [
  'name',
  'line1',
  'line2',
  'city',
  'state',
  'postal_code',
  'country',
] as const;
type Address = NonNullable<FeedOrderEntry['shipping_address']>;

function addressJson(address: FeedOrderEntry['shipping_address']): string | null {
  if (!address) return null;
  // Fixed key order: the same address always gives the same text.
  const ordered: ShippingAddress = {};
  for (const key of ADDRESS_FIELDS) {
    const value = address[key];
    if (value != null) ordered[key] = value;
  }
  return JSON.stringify(ordered);
}

const sameAddress = (a: Address, b: Address): boolean =>
  ADDRESS_FIELDS.every((k) => (a[k] ?? null) === (b[k] ?? null));

/**
 * The order-level fields that must agree wherever an order appears, and do not. The optional ones
 * (customer name, address) only disagree when both appearances give one: the sample feed sends
 * the address with one appearance only.
 */
function differingFields(a: FeedOrderEntry, b: FeedOrderEntry): string[] {
  const names: string[] = [];
  if (a.order_number !== b.order_number) names.push('order_number');
  if (a.customer_name && b.customer_name && a.customer_name !== b.customer_name) {
    names.push('customer_name');
  }
  if (a.status !== b.status) names.push('status');
  if (a.created_at !== b.created_at && utc(a.created_at) !== utc(b.created_at)) {
    names.push('created_at');
  }
  if (
    a.shipping_address &&
    b.shipping_address &&
    !sameAddress(a.shipping_address, b.shipping_address)
  ) {
    names.push('shipping_address');
  }
  return names;
}

/** The winning appearance, with the optional fields it left out taken from the other one. */
const completed = (winner: FeedOrderEntry, other: FeedOrderEntry): FeedOrderEntry => ({
  ...winner,
  customer_name: winner.customer_name ?? other.customer_name,
  shipping_address: winner.shipping_address ?? other.shipping_address,
});

function toOrder(
  entry: FeedOrderEntry,
  target: StatusTarget,
  lines: Map<string, number>,
): FeedOrder {
  return {
    externalId: entry.order_id,
    number: entry.order_number,
    customerName: entry.customer_name ?? entry.shipping_address?.name ?? null,
    status: entry.status,
    target,
    createdAt: utc(entry.created_at),
    updatedAt: utc(entry.updated_at ?? entry.created_at),
    shippingAddress: addressJson(entry.shipping_address),
    lines,
  };
}

/**
 * Turns validated pages into one product per SKU and one order per order_id with one line per SKU.
 * Rejects what a single page cannot show: a SKU twice in the feed, an order twice under one item,
 * a status the mapping does not know.
 */
export function mergeFeed(pages: ValidPage[], mapping: StatusMapping): MergedFeed {
  const merged: MergedFeed = { products: new Map(), orders: new Map(), log: [] };
  const skuAt = new Map<string, string>();
  const unknownStatuses = new Set<string>();
  const sources: Sources = new Map();
  const problems: string[] = [];
  const labelPages = pages.length > 1;

  for (const { page, body } of pages) {
    const label = labelPages ? page : null;
    body.categories.forEach((category, c) =>
      category.subcategories.forEach((subcategory, s) =>
        subcategory.items.forEach((item, i) => {
          const itemPath = ['categories', c, 'subcategories', s, 'items', i];
          const here = feedLocation(label, [...itemPath, 'sku']);
          const first = skuAt.get(item.sku);
          if (first) {
            problems.push(
              `${here}: SKU "${item.sku}" appears twice in the feed (first at ${first}); each SKU must appear once`,
            );
            return;
          }
          skuAt.set(item.sku, here);
          merged.products.set(item.sku, {
            sku: item.sku,
            title: item.title,
            category: category.name,
            subcategory: subcategory.name,
            barcode: item.barcode ?? null,
            imageUrl: item.image_url ?? null,
            binLocation: item.bin_location ?? null,
            weightOz: item.weight == null ? null : Math.round(item.weight * 16 * 100) / 100,
            priceCents: cents(item.price),
          });

          const seenHere = new Set<string>();
          item.orders.forEach((entry, o) => {
            const at = (field: string) => feedLocation(label, [...itemPath, 'orders', o, field]);
            const target = mapping[entry.status];
            if (!target && !unknownStatuses.has(entry.status)) {
              unknownStatuses.add(entry.status);
              problems.push(
                `${at('status')}: "${entry.status}" is not in the status mapping; add it to the status mapping in Settings (as open, cancelled or closed)`,
              );
            }
            if (seenHere.has(entry.order_id)) {
              problems.push(
                `${at('order_id')}: order "${entry.order_id}" is listed twice under SKU ${item.sku}`,
              );
            }
            seenHere.add(entry.order_id);
            if (target) addAppearance(merged, sources, item.sku, entry, target);
          });
        }),
      ),
    );
  }
  if (problems.length) throw feedProblems(problems);
  return merged;
}

/** The appearance each merged order was built from: later ones are compared with it, cheaply. */
type Sources = Map<string, FeedOrderEntry>;

function addAppearance(
  merged: MergedFeed,
  sources: Sources,
  sku: string,
  entry: FeedOrderEntry,
  target: StatusTarget,
): void {
  const source = sources.get(entry.order_id);
  const order = merged.orders.get(entry.order_id);
  if (!source || !order) {
    sources.set(entry.order_id, entry);
    merged.orders.set(entry.order_id, toOrder(entry, target, new Map([[sku, entry.quantity]])));
    return;
  }
  order.lines.set(sku, entry.quantity);
  const differing = differingFields(source, entry);
  let later = false;
  if (differing.length) {
    // The appearance updated last is the truth about the order.
    const updatedAt = utc(entry.updated_at ?? entry.created_at);
    later = updatedAt > order.updatedAt;
    merged.log.push(
      `order ${entry.order_id}: ${differing.join(', ')} differ between its items; kept the values ` +
        `updated ${later ? `${updatedAt} (under ${sku})` : `${order.updatedAt} (seen first)`}`,
    );
  }
  const next = later ? completed(entry, source) : completed(source, entry);
  const filledIn =
    next.customer_name !== source.customer_name ||
    next.shipping_address !== source.shipping_address;
  if (later || filledIn) {
    sources.set(entry.order_id, next);
    merged.orders.set(entry.order_id, toOrder(next, later ? target : order.target, order.lines));
  }
}
