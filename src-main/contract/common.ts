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
