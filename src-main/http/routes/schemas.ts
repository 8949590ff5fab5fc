import { z } from 'zod';
import { ROLES } from '../../domain/roles';

/** Shapes several route files share. */
/**
 * A path id is plain decimal digits: JavaScript's Number() would also read `1e1`,
 * `0x10`, `+5`, `1.0` or `  1` as an id, so one record would answer to many spellings.
 */
export const idParam = z.object({
  id: z
    .string()
    .regex(/^[0-9]{1,15}$/, 'must be a whole number in plain digits, like 42')
    .transform(Number)
    .pipe(z.number().int().positive()),
});

export const username = z
  .string()
  .trim()
  .min(2)
  .max(64)
  .regex(/^[A-Za-z0-9._-]+$/, 'may use only letters, digits, dot, dash and underscore');
export const password = z.string().min(8).max(200);
export const optionalEmail = z
  .union([z.literal(''), z.email().max(254)])
  .nullable()
  .optional();
export const role = z.enum(ROLES);

export const userSummary = z.object({
  id: z.number(),
  username: z.string(),
  email: z.string().nullable(),
  role,
});

export const tokensAnswer = z.object({
  access: z.string(),
  refresh: z.string(),
  user: userSummary,
});
