/**
 * Counts failed logins per username and per client address in a sliding window. Past the limit
 * the login answers 429 until the oldest failure ages out, whether or not the password is right,
 * so guessing stays slow. Kept in memory: a restart forgetting it is acceptable on one PC.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limits = { perUser: 5, perAddress: 20, windowMs: 15 * 60_000 },
    private readonly now = () => Date.now(),
  ) {}

  /** Seconds until this user/address may try again, or 0 when allowed. */
  retryAfter(username: string, address: string): number {
    const wait = Math.max(
      this.waitFor(`u:${username.toLowerCase()}`, this.limits.perUser),
      this.waitFor(`a:${address}`, this.limits.perAddress),
    );
    return Math.ceil(wait / 1000);
  }

  recordFailure(username: string, address: string): void {
    for (const key of [`u:${username.toLowerCase()}`, `a:${address}`]) {
      this.failures.set(key, [...this.recent(key), this.now()]);
    }
  }

  recordSuccess(username: string): void {
    this.failures.delete(`u:${username.toLowerCase()}`);
  }

  private waitFor(key: string, limit: number): number {
    const times = this.recent(key);
    if (times.length < limit) return 0;
    return times[times.length - limit]! + this.limits.windowMs - this.now();
  }

  private recent(key: string): number[] {
    const cutoff = this.now() - this.limits.windowMs;
    const times = (this.failures.get(key) ?? []).filter((t) => t > cutoff);
    if (times.length) this.failures.set(key, times);
    else this.failures.delete(key);
    return times;
  }
}
