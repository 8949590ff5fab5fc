import { eq } from 'drizzle-orm';
import { settings } from '../../../db/schema';
import type { Db } from '../../platform/database';

/** One JSON value per key in the settings table. */
export function readSetting<T>(db: Db, key: string): T | undefined {
  return db.select().from(settings).where(eq(settings.key, key)).get()?.value as T | undefined;
}

export function writeSetting(
  db: Db,
  key: string,
  value: unknown,
  userId: number | null = null,
): void {
  db.insert(settings)
    .values({ key, value, updatedBy: userId })
    .onConflictDoUpdate({
      target: settings.key,
      set: { value, updatedBy: userId, updatedAt: new Date().toISOString() },
    })
    .run();
}
