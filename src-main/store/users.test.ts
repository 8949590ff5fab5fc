import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../platform/database';
import { WriteQueue } from '../platform/write-queue';
import type { AdminUser } from '../contract/users';
import { accountByLogin, insertUser, taken, updateUser } from './users';

let db: Db;
let writes: WriteQueue;
let ana: AdminUser;

beforeAll(async () => {
  db = openDatabase(join(mkdtempSync(join(tmpdir(), 'ws-users-')), 'station.db'));
  writes = new WriteQueue(db);
  ana = await writes.run((tx) =>
    insertUser(tx, {
      username: 'Ana',
      email: 'ana@example.com',
      role: 'picker',
      passwordHash: 'h1',
    }),
  );
});
afterAll(() => db.$client.close());

describe('updateUser', () => {
  it('changes only the fields given, and sets the email to null only when asked', async () => {
    const roleOnly = await writes.run((tx) => updateUser(tx, ana.id, { role: 'packer' }));
    expect(roleOnly).toMatchObject({ role: 'packer', email: 'ana@example.com', is_active: true });
    expect(accountByLogin(db, 'ana')!.passwordHash).toBe('h1');

    const disabled = await writes.run((tx) =>
      updateUser(tx, ana.id, { active: false, passwordHash: 'h2' }),
    );
    expect(disabled).toMatchObject({ role: 'packer', email: 'ana@example.com', is_active: false });
    expect(accountByLogin(db, 'ANA@example.com')).toMatchObject({
      passwordHash: 'h2',
      active: false,
    });

    const noEmail = await writes.run((tx) => updateUser(tx, ana.id, { email: null }));
    expect(noEmail).toMatchObject({ email: null, role: 'packer', is_active: false });
  });

  it('answers undefined for a user that does not exist', async () => {
    expect(await writes.run((tx) => updateUser(tx, 9999, { role: 'admin' }))).toBeUndefined();
  });
});

describe('taken', () => {
  it('ignores case, and the user being changed when named', () => {
    expect(taken(db, 'username', 'ANA')).toBe(true);
    expect(taken(db, 'username', 'ANA', ana.id)).toBe(false);
    expect(taken(db, 'username', 'bob')).toBe(false);
  });
});
