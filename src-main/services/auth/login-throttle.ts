/** A password check the throttle let through; say how it went once the hash is done. */
export interface Reservation {
  release(succeeded: boolean): void;
}

export interface ThrottleLimits {
  /** Failed checks plus checks in flight, per account, in the window. */
  perAccount: number;
  /** Failed checks plus checks in flight, per source address, in the window. */
  perAddress: number;
  /** Checks in flight at once from one source address. */
  addressInFlight: number;
  windowMs: number;
}

const LIMITS: ThrottleLimits = {
  perAccount: 5,
  perAddress: 20,
  addressInFlight: 4,
  windowMs: 15 * 60_000,
};

/** Asked to wait while other checks are still hashing: they settle within a second or so. */
const IN_FLIGHT_WAIT_MS = 1_000;

/**
 * Decides, before any password hash is awaited, whether a sign-in may be checked at all. Each
 * check is a ~60 ms scrypt hash on the small thread pool every login shares, so a check is
 * reserved synchronously and counts from that moment: fifty parallel guesses get no more checks
 * than fifty guesses one by one, and a flood is refused at once instead of queuing hashes in
 * front of everyone else's login.
 *
 * Per account (the user id; what was typed when no account matches): failures plus checks in
 * flight stay within `perAccount` per window, whatever the password, so a right password sent
 * inside a burst is refused too.
 *
 * Per source address: at most `addressInFlight` checks at once and `perAddress` failures per
 * window. An existing account with a clean record (no recent failure, no check in flight) is
 * exempt from the address rule and does not count towards it: handhelds behind one NAT'd address
 * share it, and one device flooding from there must not lock its neighbours out of their own
 * accounts. The price: while an address is refused, a clean existing account answers 401 where
 * an unknown name answers 429, so a flooder can tell which names exist. Usernames are not
 * secrets here; passwords still get at most `perAccount` guesses per window.
 *
 * Kept in memory: a restart forgetting it is acceptable on one PC.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();
  private readonly inFlight = new Map<string, number>();

  constructor(
    private readonly limits: ThrottleLimits = LIMITS,
    private readonly now = () => Date.now(),
  ) {}

  /**
   * Reserves one password check for `account` from `address`, or answers the seconds to wait.
   * `account` is a stable key for the account (or for what was typed when none matches).
   */
  reserve(
    account: string,
    address: string,
    existingAccount: boolean,
  ): Reservation | { retryAfterSeconds: number } {
    const accountKey = `u:${account}`;
    const addressKey = `a:${address}`;
    const clean =
      existingAccount && this.recent(accountKey).length === 0 && !this.inFlight.get(accountKey);
    const keys = clean ? [accountKey] : [accountKey, addressKey];
    const wait = Math.max(
      this.waitFor(accountKey, this.limits.perAccount),
      clean ? 0 : this.waitFor(addressKey, this.limits.perAddress),
      !clean && (this.inFlight.get(addressKey) ?? 0) >= this.limits.addressInFlight
        ? IN_FLIGHT_WAIT_MS
        : 0,
    );
    if (wait > 0) return { retryAfterSeconds: Math.ceil(wait / 1000) };

    for (const key of keys) this.inFlight.set(key, (this.inFlight.get(key) ?? 0) + 1);
    return {
      release: (succeeded) => {
        for (const key of keys) {
          const left = this.inFlight.get(key)! - 1;
          if (left > 0) this.inFlight.set(key, left);
          else this.inFlight.delete(key);
        }
        if (succeeded) {
          this.failures.delete(accountKey);
          return;
        }
        for (const key of [accountKey, addressKey])
          this.failures.set(key, [...this.recent(key), this.now()]);
      },
    };
  }

  /** Milliseconds until `key` is under `limit` again, counting its checks in flight as failures. */
  private waitFor(key: string, limit: number): number {
    const times = this.recent(key);
    const pending = this.inFlight.get(key) ?? 0;
    if (times.length + pending < limit) return 0;
    if (times.length < limit) return IN_FLIGHT_WAIT_MS;
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
