import { z } from 'zod';

/**
 * A path id is plain decimal digits: JavaScript's Number() would also read `1e1`,
 * `0x10`, `+5`, `1.0` or `  1` as an id, so one record would answer to many spellings.
 */
export const id = z
  .string()
  .regex(/^[0-9]{1,15}$/, 'must be a whole number in plain digits, like 42')
  .transform(Number)
  .pipe(z.number().int().positive());
export const idParam = z.object({ id });

/** A scanned or typed code: a SKU, barcode, order number or bin. */
export const code = z.string().trim().min(1).max(128);
/** How many units one action moves. */
export const qty = z.int().positive().max(100_000);
/** A client's id for one action, so a retry is answered without doing it twice. */
export const requestId = z.string().min(1).max(64).optional();
export const isoTime = z.string().describe('ISO 8601 time');
export const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-11-20')
  .describe('YYYY-MM-DD, the station’s local day');

/**
 * Control characters (printer commands on a receipt) and bidi overrides and isolates (text that
 * shows as something else) are refused in text a person types for one line.
 */
export const ONE_LINE = /^[^\p{Cc}\u202a-\u202e\u2066-\u2069]*$/u;

/** One optional line of plain text; an empty value clears the field. */
export const optionalLine = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .regex(ONE_LINE, 'must be one line of plain text')
    .transform((v) => (v === '' ? null : v))
    .nullable();

/** Money in the API is decimal currency units (12.5 = 12.50); the database keeps integer cents. */
export const money = z
  .number()
  .min(0)
  .max(1_000_000)
  .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, 'must have at most 2 decimals')
  .transform((n) => Math.round(n * 100));
export const MONEY_NOTE = 'Currency units with up to 2 decimals, e.g. 12.95; stored as cents';

/** Which page of a long list: 100 rows unless asked, at most 500. */
export const pageQuery = {
  page: z.coerce.number().int().min(1).default(1),
  page_size: z.coerce
    .number()
    .int()
    .min(1)
    .max(500)
    .default(100)
    .describe('100 unless given, at most 500'),
};

/** What every failure answers (docs/architecture.md, "Errors"). */
export const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBody>;

export const testResult = z.object({ ok: z.boolean(), message: z.string() });
export type TestResult = z.infer<typeof testResult>;
