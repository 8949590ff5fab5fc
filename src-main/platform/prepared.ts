import type { Database, Statement } from 'better-sqlite3';
import type { Db } from './database';

const cache = new WeakMap<Database, Map<string, Statement>>();

/**
 * The prepared statement for this SQL on this connection, prepared once. Hot paths (picking,
 * import) run the same few statements thousands of times; preparing costs more than running.
 */
export function prepared<P extends unknown[] = unknown[], R = unknown>(
  db: Db,
  sql: string,
): Statement<P, R> {
  let forDb = cache.get(db.$client);
  if (!forDb) cache.set(db.$client, (forDb = new Map()));
  let stmt = forDb.get(sql);
  if (!stmt) forDb.set(sql, (stmt = db.$client.prepare(sql)));
  return stmt as Statement<P, R>;
}
