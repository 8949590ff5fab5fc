import { z } from 'zod';
import {
  code,
  isoTime,
  money,
  MONEY_NOTE,
  ONE_LINE,
  optionalLine as line,
  pageQuery,
} from './common';
import { ADMIN, route } from './route';

const tags = ['products'];

const count = z.int().min(0).max(1_000_000);
const size = (max: number) => z.number().min(0).max(max).nullable();

const amount = money.nullable().describe(MONEY_NOTE);

/** What an admin may set on a product: the editor's fields, a PUT's subset, a CSV's columns. */
export const productFields = z.object({
  title: z.string().trim().min(1).max(300).regex(ONE_LINE, 'must be one line of plain text'),
  category: line(100),
  subcategory: line(100),
  barcode: line(64),
  asin: z
    .string()
    .trim()
    .regex(/^([A-Z0-9]{10})?$/, 'must be 10 capital letters or digits, like B07XJ8C8F5')
    .transform((v) => (v === '' ? null : v))
    .nullable(),
  bin_location: line(64),
  reorder_point: count,
  reorder_qty: count,
  safety_buffer: count
    .nullable()
    .describe('Units kept back from the quantity offered on Amazon (fbm_quantity)'),
  cost: amount,
  price: amount,
  weight_oz: size(100_000),
  length_in: size(10_000),
  width_in: size(10_000),
  height_in: size(10_000),
  is_hazmat: z.boolean(),
  is_active: z.boolean(),
});
export type ProductFields = z.output<typeof productFields>;
export const PRODUCT_FIELDS = Object.keys(productFields.shape) as (keyof ProductFields)[];

export const newProduct = productFields.partial().required({ title: true }).extend({ sku: code });
export type NewProduct = z.output<typeof newProduct>;

export const product = z.object({
  id: z.number(),
  sku: z.string(),
  title: z.string(),
  category: z.string().nullable(),
  subcategory: z.string().nullable(),
  barcode: z.string().nullable(),
  asin: z.string().nullable(),
  bin_location: z.string().nullable(),
  image_url: z.string().nullable(),
  reorder_point: z.number(),
  reorder_qty: z.number(),
  safety_buffer: z.number().nullable(),
  cost: z.number().nullable().describe('Currency units (decimal), stored as cents'),
  price: z.number().nullable().describe('Currency units (decimal), stored as cents'),
  weight_oz: z.number().nullable(),
  length_in: z.number().nullable(),
  width_in: z.number().nullable(),
  height_in: z.number().nullable(),
  is_hazmat: z.boolean(),
  is_active: z.boolean(),
  needs_count: z.boolean(),
  created_at: isoTime,
  updated_at: isoTime,
});
export type Product = z.infer<typeof product>;

const skuParam = z.object({ sku: code.describe('The SKU exactly as stored') });

const productQuery = z.object({
  q: z.string().trim().max(100).optional(),
  category: z.string().trim().max(100).optional(),
  active: z.enum(['true', 'false']).optional().describe('Only active (true) or inactive (false)'),
  ...pageQuery,
});
export type ProductQuery = z.infer<typeof productQuery>;

export const list = route({
  method: 'GET',
  path: '/api/products',
  access: 'signed_in',
  tags,
  summary: 'Products by SKU; q searches SKU, title, barcode and ASIN.',
  query: productQuery,
  response: z.object({
    products: z.array(product),
    total: z.number(),
    page: z.number(),
    page_size: z.number(),
  }),
});

export const create = route({
  method: 'POST',
  path: '/api/products',
  access: ADMIN,
  tags,
  summary:
    'Create a product; 409 sku_exists when the SKU is taken. cost and price in currency units.',
  status: 201,
  body: newProduct.strict(),
  response: product,
});

export const get = route({
  method: 'GET',
  path: '/api/products/:sku',
  access: 'signed_in',
  tags,
  summary: 'One product; 404 when no product has the SKU.',
  params: skuParam,
  response: product,
});

export const update = route({
  method: 'PUT',
  path: '/api/products/:sku',
  access: ADMIN,
  tags,
  summary:
    'Change any subset of the fields (the SKU stays); null or "" clears an optional one. cost and price in currency units.',
  params: skuParam,
  body: productFields.partial().strict(),
  response: product,
});

/** A CSV import of up to this many bytes: 10,000 products with every column is about 2 MB. */
export const IMPORT_MAX_BYTES = 8 * 1024 * 1024;

export const importProducts = route({
  method: 'POST',
  path: '/api/products/import',
  access: ADMIN,
  tags,
  summary:
    'Products from a CSV file (text/csv, RFC 4180, UTF-8 with or without BOM): a header naming product fields (sku and title required) and optionally on_hand, the opening stock, recorded as a COUNT in the ledger. An existing SKU is updated with the columns given; an empty cell leaves its field as it is. dry_run=true changes nothing and lists every row it would reject; otherwise every valid row is applied in one transaction.',
  consumes: ['text/csv'],
  query: z.object({
    dry_run: z.enum(['true', 'false']).default('false'),
  }),
  body: z.string().describe(`The CSV file, at most ${IMPORT_MAX_BYTES / 1024 / 1024} MB`),
  response: z.object({
    dry_run: z.boolean(),
    would_create: z.number(),
    would_update: z.number(),
    rejected: z.array(
      z.object({
        line: z.number().describe('Line in the file, the header being line 1'),
        reason: z.string(),
      }),
    ),
  }),
});
