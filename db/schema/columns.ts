import { sql } from 'drizzle-orm';
import { text } from 'drizzle-orm/sqlite-core';

/** ISO-8601 UTC text (`2026-11-20T14:05:00.000Z`): sorts correctly as text and reads as-is in the API. */
export const isoNow = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

export const createdAt = () => text('created_at').notNull().default(isoNow);
export const updatedAt = () => text('updated_at').notNull().default(isoNow);
