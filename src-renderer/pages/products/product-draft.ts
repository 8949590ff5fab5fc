import type { CallInput } from '../../../src-main/contract/route';
import type { Product, update } from '../../../src-main/contract/products';

const TEXT = ['title', 'category', 'subcategory', 'barcode', 'asin', 'bin_location'] as const;
/** Numbers an empty box clears; the reorder figures always hold one. */
const NULLABLE = [
  'cost',
  'price',
  'weight_oz',
  'length_in',
  'width_in',
  'height_in',
  'safety_buffer',
] as const;
const COUNTS = ['reorder_point', 'reorder_qty'] as const;
const FLAGS = ['is_hazmat', 'is_active'] as const;

type Key = (typeof TEXT)[number] | (typeof NULLABLE)[number] | (typeof COUNTS)[number];

/** The editor's inputs as typed: text, numbers still as the box holds them, and the two flags. */
export type Draft = Record<Key, string> & Record<(typeof FLAGS)[number], boolean>;

/** What the station is sent: the fields of a PUT, which a create also takes. */
export type ProductBody = NonNullable<CallInput<typeof update>['body']>;

export const EMPTY_DRAFT: Draft = {
  ...(Object.fromEntries([...TEXT, ...NULLABLE].map((k) => [k, ''])) as Record<Key, string>),
  reorder_point: '0',
  reorder_qty: '0',
  is_hazmat: false,
  is_active: true,
};

export function draftOf(product: Product): Draft {
  const draft = { ...EMPTY_DRAFT };
  for (const key of [...TEXT, ...NULLABLE, ...COUNTS]) {
    const value = product[key];
    draft[key] = value === null ? '' : String(value);
  }
  for (const flag of FLAGS) draft[flag] = product[flag];
  return draft;
}

/**
 * The body for the fields of `draft` that differ from `before` (every field for a new product):
 * an editor that sends only what it changed cannot undo someone else's change to another field.
 * An emptied box clears its field; an emptied reorder figure is left for the station to refuse.
 */
export function bodyOf(draft: Draft, before: Draft | null = null): ProductBody {
  const body: Record<string, unknown> = {};
  const changed = (key: keyof Draft) => before === null || before[key] !== draft[key];
  for (const key of TEXT) if (changed(key)) body[key] = draft[key];
  for (const key of NULLABLE) {
    if (changed(key)) body[key] = draft[key].trim() === '' ? null : Number(draft[key]);
  }
  for (const key of COUNTS) {
    if (changed(key)) body[key] = draft[key].trim() === '' ? null : Number(draft[key]);
  }
  for (const flag of FLAGS) if (changed(flag)) body[flag] = draft[flag];
  return body as ProductBody;
}

/** The form's fields, for the errors the station names by field. */
export const DRAFT_FIELDS: readonly string[] = ['sku', ...TEXT, ...NULLABLE, ...COUNTS, ...FLAGS];
