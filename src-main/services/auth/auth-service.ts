import type { SignedIn } from '../../contract/auth';
import { type Role } from '../../domain/roles';
import type { WriteQueue } from '../../platform/write-queue';
import { StationError } from '../../domain/errors';
import type { ReadDb } from '../../store/db';
import { insertSession, revokeSession, sessionById, type SessionRow } from '../../store/sessions';
import { accountByLogin, recordLogin } from '../../store/users';
import { LoginThrottle } from './login-throttle';
import { DUMMY_HASH, verifyPassword } from './passwords';
import { TokenSigner, hashSecret, newRefreshSecret, newSessionId, splitRefresh } from './tokens';

export interface AuthUser {
  id: number;
  username: string;
  email: string | null;
  role: Role;
  sessionId: string;
  /** When this access token stops working: its own expiry or its session's, whichever is first. */
  validUntilMs: number;
}

const ACCESS_TTL_MS = 30 * 60_000;
const REFRESH_TTL_MS = 30 * 24 * 60 * 60_000;

const BAD_CREDENTIALS = new StationError(
  401,
  'bad_credentials',
  'That username or password is not right. Check both and try again.',
);
const SESSION_ENDED = new StationError(
  401,
  'session_ended',
  'Your sign-in has ended. Please sign in again.',
);

/** Enough for every device of a busy warehouse; past it the cache starts over. */
const MAX_KNOWN_TOKENS = 2_000;

export class AuthService {
  /**
   * Access tokens already checked against a live session. Every request of a handheld carries
   * the same token, and the signature check plus the session read were a tenth of a pick. It is
   * emptied by every change to accounts or sessions (see forgetSessions), so a logout, a
   * disabled or deleted user or a new role still bites on the next request.
   */
  private readonly known = new Map<string, AuthUser>();
  private readonly sessionsChangedListeners = new Set<() => void>();

  constructor(
    private readonly db: ReadDb,
    private readonly writes: WriteQueue,
    private readonly signer: TokenSigner,
    private readonly throttle = new LoginThrottle(),
  ) {}

  async login(
    identifier: string,
    password: string,
    client: { ip: string; device?: string },
  ): Promise<SignedIn> {
    const user = accountByLogin(this.db, identifier);
    // Username and email name one account, so both count against it; an unknown name counts
    // against what was typed.
    const check = this.throttle.reserve(
      user ? `id:${user.id}` : `name:${identifier.toLowerCase()}`,
      client.ip,
      user !== undefined,
    );
    if ('retryAfterSeconds' in check) {
      const wait = check.retryAfterSeconds;
      const howLong = wait < 60 ? `${wait} second(s)` : `${Math.ceil(wait / 60)} minute(s)`;
      throw new StationError(
        429,
        'too_many_attempts',
        `Too many failed sign-ins. Wait ${howLong} and try again.`,
        { retry_after_seconds: wait },
      );
    }
    let ok = false;
    try {
      ok = (await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH)) && !!user?.active;
    } finally {
      check.release(ok);
    }
    if (!user || !ok) throw BAD_CREDENTIALS;

    const sessionId = newSessionId();
    const secret = newRefreshSecret();
    const now = Date.now();
    await this.writes.run((tx) => {
      insertSession(tx, {
        id: sessionId,
        userId: user.id,
        refreshHash: hashSecret(secret),
        device: client.device?.slice(0, 200) ?? null,
        ip: client.ip,
        expiresAt: new Date(now + REFRESH_TTL_MS).toISOString(),
      });
      recordLogin(tx, user.id, new Date(now).toISOString());
    });
    return {
      access: this.signer.signAccess(sessionId, now + ACCESS_TTL_MS),
      refresh: `${sessionId}.${secret}`,
      user: { id: user.id, username: user.username, email: user.email, role: user.role },
    };
  }

  refresh(refreshToken: string): { access: string } {
    const parts = splitRefresh(refreshToken);
    const row = parts && this.liveSession(parts.sessionId);
    if (!parts || !row || row.refresh_hash !== hashSecret(parts.secret)) throw SESSION_ENDED;
    return { access: this.signer.signAccess(parts.sessionId, Date.now() + ACCESS_TTL_MS) };
  }

  /** The signed-in user behind an access token, or null: expired, revoked, disabled or deleted. */
  authenticate(accessToken: string): AuthUser | null {
    const now = Date.now();
    const known = this.known.get(accessToken);
    if (known && known.validUntilMs > now) return known;
    const token = this.signer.verifyAccess(accessToken, now);
    const row = token && this.liveSession(token.sessionId);
    if (!token || !row) return null;
    const user = {
      id: row.user_id,
      username: row.username,
      email: row.email,
      role: row.role,
      sessionId: token.sessionId,
      validUntilMs: Math.min(token.expiresAtMs, Date.parse(row.expires_at)),
    };
    if (this.known.size >= MAX_KNOWN_TOKENS) this.known.clear();
    this.known.set(accessToken, user);
    return user;
  }

  /** Whether the session can still be used: not logged out, its user neither disabled nor deleted. */
  isSessionLive(sessionId: string): boolean {
    return this.liveSession(sessionId) !== null;
  }

  /** Calls `listener` after any change that may have ended sessions; answers how to stop. */
  onSessionsChanged(listener: () => void): () => void {
    this.sessionsChangedListeners.add(listener);
    return () => this.sessionsChangedListeners.delete(listener);
  }

  /**
   * Accounts or sessions changed: every token is checked against the database again. Called once
   * the change has committed: a request checked in between would cache the old state again.
   */
  forgetSessions(): void {
    this.known.clear();
    for (const listener of this.sessionsChangedListeners) listener();
  }

  /** Ends the session behind the access token, and the one behind `refresh` if it is the same user's. */
  async logout(user: AuthUser, refreshToken?: string): Promise<void> {
    const other = refreshToken ? splitRefresh(refreshToken) : null;
    await this.writes.run((tx) => {
      const ids = [user.sessionId];
      if (other && sessionById(tx, other.sessionId)?.user_id === user.id) ids.push(other.sessionId);
      const now = new Date().toISOString();
      for (const id of ids) revokeSession(tx, id, now);
    });
    this.forgetSessions();
  }

  private liveSession(sessionId: string): SessionRow | null {
    const row = sessionById(this.db, sessionId);
    if (!row || row.revoked_at || !row.is_active || row.expires_at <= new Date().toISOString())
      return null;
    return row;
  }
}
