// Slows down password guessing: failed sign-ins are counted per account and
// per address in a sliding window; past the limit, further attempts are
// refused without checking the password until the window has moved on. A
// success clears the account's count. In memory: one server process; a
// multi-instance deployment would keep these counters in Redis.

export interface ThrottleLimits {
  perAccount: number;
  perAddress: number;
  windowMs: number;
}

export const DEFAULT_LIMITS: ThrottleLimits = { perAccount: 5, perAddress: 20, windowMs: 15 * 60_000 };

export class LoginThrottle {
  private failures = new Map<string, number[]>();

  constructor(
    private readonly limits: ThrottleLimits = DEFAULT_LIMITS,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Milliseconds until another attempt is allowed; 0 when it is allowed now. */
  retryAfter(account: string, address: string): number {
    return Math.max(this.wait(`account:${account}`, this.limits.perAccount), this.wait(`address:${address}`, this.limits.perAddress));
  }

  recordFailure(account: string, address: string) {
    for (const key of [`account:${account}`, `address:${address}`]) this.failures.set(key, [...this.recent(key), this.clock()]);
  }

  recordSuccess(account: string) {
    this.failures.delete(`account:${account}`);
  }

  private recent(key: string): number[] {
    const since = this.clock() - this.limits.windowMs;
    const kept = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (kept.length === 0) this.failures.delete(key);
    return kept;
  }

  private wait(key: string, limit: number): number {
    const recent = this.recent(key);
    if (recent.length < limit) return 0;
    // Allowed again once the oldest counted failure leaves the window.
    return recent[recent.length - limit]! + this.limits.windowMs - this.clock();
  }
}

const globalForThrottle = globalThis as unknown as { copydeskLoginThrottle?: LoginThrottle };
export const loginThrottle = () => (globalForThrottle.copydeskLoginThrottle ??= new LoginThrottle());
