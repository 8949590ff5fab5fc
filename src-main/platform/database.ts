import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from '../../db/schema';
import { migrationsDir } from './paths';
import { privateFile } from './private-files';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export class DatabaseTooNewError extends Error {}

interface Journal {
  entries: { idx: number; when: number; tag: string }[];
}

/** Opens (creating if needed) and migrates the station database. One connection: the one writer. */
export function openDatabase(file: string): Db {
  privateFile(file);
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  // A serving station checkpoints from a worker thread (Checkpointer), which also cuts the WAL
  // file back after a burst; no journal_size_limit, so no commit ever truncates it.
  // 32 MB of page cache, not SQLite's 2 MB: a pick walks index pages all over a database of
  // tens of MB, and each page not cached is a read plus a lookup in the WAL's index, which
  // grows with the WAL through a rush.
  sqlite.pragma('cache_size = -32768');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  try {
    refuseNewerDatabase(sqlite, file);
    const db = drizzle(sqlite, { schema }) as Db;
    migrate(db, { migrationsFolder: migrationsDir() });
    return db;
  } catch (err) {
    sqlite.close();
    throw err;
  }
}

/**
 * drizzle's migrator silently does nothing on a database written by a newer station; running old
 * code against a newer schema could corrupt it, so refuse with a message a person can act on.
 */
function refuseNewerDatabase(sqlite: Database.Database, file: string): void {
  const hasTable = sqlite
    .prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'")
    .get();
  if (!hasTable) return;
  const row = sqlite.prepare('select max(created_at) as last from __drizzle_migrations').get() as {
    last: number | null;
  };
  const known = knownMigrations();
  const newest = known.at(-1)?.when ?? 0;
  if (row.last !== null && Number(row.last) > newest) {
    throw new DatabaseTooNewError(
      `The database ${file} was last used by a newer version of Warehouse Station ` +
        `(its schema is from ${new Date(Number(row.last)).toISOString()}, this version knows up to ` +
        `${new Date(newest).toISOString()}). Install that newer version, or start with another --data-dir.`,
    );
  }
}

function knownMigrations(): Journal['entries'] {
  const journal = join(migrationsDir(), 'meta', '_journal.json');
  if (!existsSync(journal)) return [];
  return (JSON.parse(readFileSync(journal, 'utf8')) as Journal).entries;
}
