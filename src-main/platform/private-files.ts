import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { backupsDir, databaseFile } from './paths';

/*
 * The data folder holds customers' names and addresses and the users' password hashes: only the
 * account running the station may read it (folders 0700, files 0600). Modes are set with chmod
 * after creating, because a mode given at creation is narrowed by whatever umask is in force.
 * SQLite gives a new -wal or -shm file the mode of its database file.
 */

/** Creates `dir` if needed and makes it owner-only. */
export function privateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  try {
    chmodSync(dir, 0o700);
  } catch (err) {
    // A --data-dir the station's account does not own (a shared folder): the files in it are
    // still owner-only, and refusing to start would help nobody.
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') throw err;
  }
}

/** Creates `file` empty if it is missing (SQLite takes an empty file as a new database). */
export function privateFile(file: string): void {
  closeSync(openSync(file, 'a', 0o600));
  chmodSync(file, 0o600);
}

/** At start: the data folder, its database files and its backups, owner-only even if made before. */
export function secureDataDir(dataDir: string): void {
  privateDir(dataDir);
  const db = databaseFile(dataDir);
  const backups = backupsDir(dataDir);
  const backupFiles = existsSync(backups)
    ? readdirSync(backups, { withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(backups, entry.name))
    : [];
  if (existsSync(backups)) privateDir(backups);
  for (const file of [db, `${db}-wal`, `${db}-shm`, ...backupFiles])
    if (existsSync(file)) chmodSync(file, 0o600);
}
