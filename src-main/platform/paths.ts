import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding package.json, db/migrations and out/renderer. Found by walking up, because
 * this file runs from src-main/ under tests, from out/main/ when built, and from app.asar when packaged.
 */
export function appRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).name === 'warehouse-station')
      return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Cannot find the Warehouse Station application folder');
    dir = parent;
  }
}

export const migrationsDir = () => join(appRoot(), 'db', 'migrations');
export const rendererDir = () => join(appRoot(), 'out', 'renderer');

export function appVersion(): string {
  return JSON.parse(readFileSync(join(appRoot(), 'package.json'), 'utf8')).version;
}

/** Where the station keeps its database when neither --data-dir nor STATION_DATA_DIR says. */
export function defaultDataDir(): string {
  switch (process.platform) {
    case 'win32':
      return join(
        process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'),
        'Warehouse Station',
      );
    case 'darwin':
      return join(homedir(), 'Library', 'Application Support', 'Warehouse Station');
    default:
      return join(
        process.env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'),
        'warehouse-station',
      );
  }
}

export const databaseFile = (dataDir: string) => join(dataDir, 'station.db');
export const backupsDir = (dataDir: string) => join(dataDir, 'backups');
