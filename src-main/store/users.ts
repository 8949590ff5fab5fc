import type { AdminUser } from '../contract/users';
import type { Role } from '../domain/roles';
import { prepared } from '../platform/prepared';
import type { ReadDb, WriteTx } from './db';

interface UserRow {
  id: number;
  username: string;
  email: string | null;
  role: Role;
  is_active: number;
  created_at: string;
  last_login_at: string | null;
}

const USER = 'id, username, email, role, is_active, created_at, last_login_at';

const view = (row: UserRow): AdminUser => ({
  id: row.id,
  username: row.username,
  email: row.email,
  role: row.role,
  is_active: row.is_active === 1,
  created_at: row.created_at,
  last_login_at: row.last_login_at,
});

/** What a sign-in checks: the account and its password hash, which never leaves the station. */
export interface LoginAccount {
  id: number;
  username: string;
  email: string | null;
  role: Role;
  passwordHash: string;
  active: boolean;
}

/** The account a sign-in names by its username or its email, ignoring case. */
export function accountByLogin(db: ReadDb, identifier: string): LoginAccount | undefined {
  const row = prepared<[string, string], UserRow & { password_hash: string }>(
    db,
    `select ${USER}, password_hash from users
      where lower(username) = lower(?) or lower(email) = lower(?)`,
  ).get(identifier, identifier);
  return (
    row && {
      id: row.id,
      username: row.username,
      email: row.email,
      role: row.role,
      passwordHash: row.password_hash,
      active: row.is_active === 1,
    }
  );
}

/** By username. */
export function listUsers(db: ReadDb): AdminUser[] {
  return prepared<[], UserRow>(db, `select ${USER} from users order by username`).all().map(view);
}

export function findUser(db: ReadDb, id: number): AdminUser | undefined {
  const row = prepared<[number], UserRow>(db, `select ${USER} from users where id = ?`).get(id);
  return row && view(row);
}

export function hasUsers(db: ReadDb): boolean {
  return (
    prepared<[], { found: number }>(db, 'select exists (select 1 from users) as found').get()!
      .found === 1
  );
}

/** Whether an active admin other than `exceptId` is left to manage the station. */
export function anotherActiveAdmin(db: ReadDb, exceptId: number): boolean {
  return (
    prepared<[number], { found: number }>(
      db,
      `select exists (select 1 from users where role = 'admin' and is_active = 1 and id <> ?) as found`,
    ).get(exceptId)!.found === 1
  );
}

/** Whether a user other than `exceptId` has this username (or email), ignoring case. */
export function taken(
  db: ReadDb,
  column: 'username' | 'email',
  value: string,
  exceptId: number | null = null,
): boolean {
  // `id is not null` holds for every row: no exception when exceptId is null.
  return (
    prepared<[string, number | null], { found: number }>(
      db,
      `select exists (select 1 from users where lower(${column}) = lower(?) and id is not ?) as found`,
    ).get(value, exceptId)!.found === 1
  );
}

export interface NewAccount {
  username: string;
  email: string | null;
  role: Role;
  passwordHash: string;
}

export function insertUser(tx: WriteTx, account: NewAccount): AdminUser {
  return view(
    prepared<[string, string | null, Role, string], UserRow>(
      tx,
      `insert into users (username, email, role, password_hash) values (?, ?, ?, ?)
       returning ${USER}`,
    ).get(account.username, account.email, account.role, account.passwordHash)!,
  );
}

/** The fields to change; one left undefined keeps its value. */
export interface AccountChanges {
  email?: string | null | undefined;
  role?: Role | undefined;
  active?: boolean | undefined;
  passwordHash?: string | undefined;
}

/** The user as changed, or undefined when there is no such user. */
export function updateUser(
  tx: WriteTx,
  id: number,
  changes: AccountChanges,
): AdminUser | undefined {
  const row = prepared<[Record<string, string | number | null>], UserRow>(
    tx,
    // One statement for every subset: email is the one field that may be set to null.
    `update users set
        email = case when :set_email then :email else email end,
        role = coalesce(:role, role),
        is_active = coalesce(:is_active, is_active),
        password_hash = coalesce(:password_hash, password_hash),
        updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
      where id = :id
      returning ${USER}`,
  ).get({
    id,
    set_email: changes.email === undefined ? 0 : 1,
    email: changes.email ?? null,
    role: changes.role ?? null,
    is_active: changes.active === undefined ? null : Number(changes.active),
    password_hash: changes.passwordHash ?? null,
  });
  return row && view(row);
}

export function recordLogin(tx: WriteTx, id: number, at: string): void {
  prepared<[string, number]>(tx, 'update users set last_login_at = ? where id = ?').run(at, id);
}

/** Its sessions go with it (on delete cascade). */
export function deleteUser(tx: WriteTx, id: number): void {
  prepared<[number]>(tx, 'delete from users where id = ?').run(id);
}
