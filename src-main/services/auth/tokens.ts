import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Access tokens are `<sessionId>.<expiresAtMs>.<hmac>`: the signature proves we issued it, and
 * every request still looks the session up, so logout, disabling or deleting a user bites at once.
 * Refresh tokens are `<sessionId>.<secret>`; only a hash of the secret is stored.
 */
export class TokenSigner {
  constructor(private readonly key: Buffer) {}

  signAccess(sessionId: string, expiresAtMs: number): string {
    const body = `${sessionId}.${expiresAtMs.toString(36)}`;
    return `${body}.${this.mac(body)}`;
  }

  /** The session of a well-formed, unexpired, genuine access token and when it expires, else null. */
  verifyAccess(
    token: string,
    nowMs = Date.now(),
  ): { sessionId: string; expiresAtMs: number } | null {
    const parts = token.split('.');
    if (parts.length !== 3) return null;
    const [sessionId, exp, mac] = parts as [string, string, string];
    const expected = Buffer.from(this.mac(`${sessionId}.${exp}`));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    const expiresAtMs = parseInt(exp, 36);
    return expiresAtMs > nowMs ? { sessionId, expiresAtMs } : null;
  }

  private mac(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}

export const newSessionId = () => randomBytes(16).toString('base64url');
export const newRefreshSecret = () => randomBytes(32).toString('base64url');
export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

export function splitRefresh(token: string): { sessionId: string; secret: string } | null {
  const dot = token.indexOf('.');
  if (dot <= 0 || dot === token.length - 1) return null;
  return { sessionId: token.slice(0, dot), secret: token.slice(dot + 1) };
}
