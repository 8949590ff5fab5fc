import { prepared } from '../platform/prepared';
import type { ReadDb, WriteTx } from './db';

/** One JSON value per key in the settings table. */
export function readSetting<T>(db: ReadDb, key: string): T | undefined {
  const row = prepared<[string], { value: string }>(
    db,
    'select value from settings where key = ?',
  ).get(key);
  return row ? (JSON.parse(row.value) as T) : undefined;
}

export function writeSetting(
  tx: WriteTx,
  key: string,
  value: unknown,
  userId: number | null = null,
): void {
  prepared<[string, string, number | null, string]>(
    tx,
    `insert into settings (key, value, updated_by, updated_at) values (?, ?, ?, ?)
     on conflict (key) do update
       set value = excluded.value, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
  ).run(key, JSON.stringify(value), userId, new Date().toISOString());
}
