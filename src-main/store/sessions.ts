import type { Role } from '../domain/roles';
import { prepared } from '../platform/prepared';
import type { ReadDb, WriteTx } from './db';

/** A session with the user it belongs to, as every request's token check needs it. */
export interface SessionRow {
  user_id: number;
  username: string;
  email: string | null;
  role: Role;
  is_active: number;
  revoked_at: string | null;
  expires_at: string;
  refresh_hash: string;
}

/** Runs on every request not yet known: one primary-key lookup, so revocation costs microseconds. */
export function sessionById(db: ReadDb, id: string): SessionRow | undefined {
  return prepared<[string], SessionRow>(
    db,
    `select s.user_id, u.username, u.email, u.role, u.is_active, s.revoked_at, s.expires_at, s.refresh_hash
       from sessions s join users u on u.id = s.user_id where s.id = ?`,
  ).get(id);
}

export interface NewSession {
  id: string;
  userId: number;
  refreshHash: string;
  device: string | null;
  ip: string;
  expiresAt: string;
}

export function insertSession(tx: WriteTx, s: NewSession): void {
  prepared<[string, number, string, string | null, string, string]>(
    tx,
    `insert into sessions (id, user_id, refresh_hash, device, ip, expires_at)
     values (?, ?, ?, ?, ?, ?)`,
  ).run(s.id, s.userId, s.refreshHash, s.device, s.ip, s.expiresAt);
}

export function revokeSession(tx: WriteTx, id: string, at: string): void {
  prepared<[string, string]>(tx, 'update sessions set revoked_at = ? where id = ?').run(at, id);
}

/** Ends every session of the user still open. */
export function revokeUserSessions(tx: WriteTx, userId: number, at: string): void {
  prepared<[string, number]>(
    tx,
    'update sessions set revoked_at = ? where user_id = ? and revoked_at is null',
  ).run(at, userId);
}
