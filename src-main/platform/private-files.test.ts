import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStation } from '../station';
import { testStation } from '../testing/test-station';

const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);
const dbFiles = (dir: string) => readdirSync(dir).filter((name) => name.startsWith('station.db'));

let parent: string;
let umask: number;
beforeEach(() => {
  parent = mkdtempSync(join(tmpdir(), 'ws-modes-'));
  // The most permissive umask: modes must not depend on it.
  umask = process.umask(0);
});
afterEach(() => {
  process.umask(umask);
  rmSync(parent, { recursive: true, force: true });
});

describe.skipIf(process.platform === 'win32')('data folder modes', () => {
  it('a new station makes its folder 0700, the database, WAL, SHM and backups 0600', async () => {
    const dataDir = join(parent, 'data');
    const st = await testStation({ dataDir });
    try {
      const backup = await st.request('POST', '/api/admin/backup', { token: st.admin.access });
      expect(backup.statusCode).toBe(200);
      expect(mode(dataDir)).toBe('700');
      expect(dbFiles(dataDir)).toEqual(['station.db', 'station.db-shm', 'station.db-wal']);
      for (const name of dbFiles(dataDir)) expect(mode(join(dataDir, name)), name).toBe('600');
      expect(mode(join(dataDir, 'backups'))).toBe('700');
      expect(mode(backup.json().path)).toBe('600');
    } finally {
      await st.app.close();
    }
  });

  it('a station started on a folder made loosely before tightens it', async () => {
    const dataDir = join(parent, 'data');
    const first = await createStation({ dataDir, port: 0, secrets: 'file', log: false });
    await first.app.close();
    mkdirSync(join(dataDir, 'backups'));
    writeFileSync(join(dataDir, 'backups', 'station-old.db'), '');
    for (const path of [dataDir, join(dataDir, 'backups')]) chmodSync(path, 0o755);
    for (const name of [...dbFiles(dataDir), 'backups/station-old.db'])
      chmodSync(join(dataDir, name), 0o644);

    const again = await createStation({ dataDir, port: 0, secrets: 'file', log: false });
    try {
      expect(mode(dataDir)).toBe('700');
      expect(mode(join(dataDir, 'backups'))).toBe('700');
      for (const name of [...dbFiles(dataDir), 'backups/station-old.db'])
        expect(mode(join(dataDir, name)), name).toBe('600');
    } finally {
      await again.app.close();
    }
  });
});
