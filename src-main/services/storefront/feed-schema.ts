import { z, type core } from 'zod';
import { FeedError, feedProblems } from './feed-error';

// The storefront feed (docs/architecture.md "Re-imports"). Unknown fields are ignored (a storefront may send more);
// known fields must have the documented type, with no coercion.

/**
 * No line orders more. A larger one is a storefront bug, and 2^53 - 1 units would make
 * the SKU's remaining count impossible to short or pick out.
 */
export const MAX_LINE_QUANTITY = 100_000;

const nonBlank = z.string().regex(/\S/);
const optionalText = z.string().nullish();
const timestamp = z.iso.datetime({ offset: true });

const shippingAddress = z.object({
  name: optionalText,
  line1: optionalText,
  line2: optionalText,
  city: optionalText,
  state: optionalText,
  postal_code: optionalText,
  country: optionalText,
});

const feedOrder = z.object({
  order_id: nonBlank,
  order_number: nonBlank,
  customer_name: optionalText,
  status: nonBlank,
  created_at: timestamp,
  updated_at: timestamp.nullish(),
  quantity: z.int().positive().max(MAX_LINE_QUANTITY),
  shipping_address: shippingAddress.nullish(),
});

const feedItem = z.object({
  sku: nonBlank,
  title: z.string(),
  barcode: optionalText,
  image_url: optionalText,
  /** Not in the storefront feed's contract: the demo feed sends it, and a storefront that knows its bins may too. */
  bin_location: optionalText,
  weight: z.number().nonnegative().nullish(),
  price: z.union([z.string().regex(/^\d+(\.\d+)?$/), z.number().nonnegative()]).nullish(),
  orders: z.array(feedOrder),
});

const feedPage = z.object({
  next_page: z.int().positive().nullish(),
  categories: z.array(
    z.object({
      name: nonBlank,
      subcategories: z.array(z.object({ name: nonBlank, items: z.array(feedItem) })),
    }),
  ),
});

export type FeedPage = z.infer<typeof feedPage>;
export type FeedItem = z.infer<typeof feedItem>;
export type FeedOrderEntry = z.infer<typeof feedOrder>;

/** A page that passed validation, with the page number it was fetched as. */
export interface ValidPage {
  page: number;
  body: FeedPage;
}

const TIMESTAMP =
  'an ISO-8601 date-time with offset, like 2026-11-19T09:12:44Z or 2026-11-18T16:40:00-05:00';

/** What each field must be, worded for the person who has to fix the feed. */
const EXPECTED: Record<string, string> = {
  next_page: 'a page number or null',
  categories: 'a list of categories',
  subcategories: 'a list of subcategories',
  items: 'a list of items',
  orders: 'a list of orders',
  name: 'a non-empty string',
  sku: 'a non-empty string',
  title: 'a string',
  barcode: 'a string',
  image_url: 'a string',
  bin_location: 'a string',
  weight: 'a weight in pounds (a number, 0 or more)',
  price: 'a decimal string like "12.99" or a number, 0 or more',
  order_id: 'a non-empty string',
  order_number: 'a non-empty string',
  customer_name: 'a string',
  status: 'a non-empty string',
  created_at: TIMESTAMP,
  updated_at: TIMESTAMP,
  quantity: 'a positive integer',
  shipping_address: 'an object',
};

function expectation(path: readonly PropertyKey[]): string {
  const last = path.at(-1);
  if (last === undefined) return 'a JSON object with a "categories" list';
  if (typeof last === 'number') return 'an object';
  if (path.at(-2) === 'shipping_address') return 'a string';
  return EXPECTED[String(last)] ?? 'a different value';
}

/** `page 2: categories[2].subcategories[0].items[5].orders[1].quantity`; no page when there is only one. */
export function feedLocation(page: number | null, path: readonly PropertyKey[]): string {
  const where = path
    .map((key, i) =>
      typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`,
    )
    .join('');
  return [page === null ? '' : `page ${page}`, where].filter(Boolean).join(': ') || 'the page';
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}

function problem(page: number | null, issue: core.$ZodIssue): string {
  const found =
    issue.input === undefined ? 'but it is missing' : `got ${describeValue(issue.input)}`;
  const expected =
    issue.code === 'too_big' && issue.path.at(-1) === 'quantity'
      ? `at most ${MAX_LINE_QUANTITY.toLocaleString('en-US')} units on one line`
      : expectation(issue.path);
  return `${feedLocation(page, issue.path)}: expected ${expected}, ${found}`;
}

/** More than this many problems in one page would only bury the first ones. */
const MAX_PROBLEMS = 50;

/** `labelPages` says whether messages name the page: only when the feed has more than one. */
export function validatePage(raw: unknown, page: number, labelPages: boolean): ValidPage {
  const result = feedPage.safeParse(raw, { reportInput: true });
  if (result.success) return { page, body: result.data };
  const label = labelPages ? page : null;
  throw feedProblems(
    result.error.issues.slice(0, MAX_PROBLEMS).map((issue) => problem(label, issue)),
  );
}

/** Whether a raw page announces another one (so its messages should name their page). */
function announcesNextPage(raw: unknown): boolean {
  return (
    typeof raw === 'object' && raw !== null && (raw as { next_page?: unknown }).next_page != null
  );
}

/** Page `page` as the storefront sent it, parsed and validated; messages name the page when there are several. */
export function checkPage(page: number, body: Uint8Array): ValidPage {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8'));
  } catch {
    throw new FeedError(`the storefront sent a page that is not valid JSON (page ${page})`);
  }
  return validatePage(raw, page, page > 1 || announcesNextPage(raw));
}
