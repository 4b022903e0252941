/** Token bucket per key (e.g. per account and endpoint): `capacity` burst, `refillPerSecond` sustained. */
import type { Clock } from '@resonance/kernel';

export interface RateLimiterOptions {
  capacity: number;
  refillPerSecond: number;
  clock: Clock;
}

export type TakeResult = { ok: true } | { ok: false; retryAfterMs: number };

export interface RateLimiter {
  take(key: string, cost?: number): TakeResult;
  /** Tokens left for a key right now (for tests and dashboards). */
  available(key: string): number;
}

export function createRateLimiter({ capacity, refillPerSecond, clock }: RateLimiterOptions): RateLimiter {
  if (!(capacity > 0) || !(refillPerSecond > 0)) throw new RangeError('capacity and refillPerSecond must be positive');
  const buckets = new Map<string, { tokens: number; at: number }>();

  const refill = (key: string) => {
    const now = clock.now().getTime();
    const b = buckets.get(key) ?? { tokens: capacity, at: now };
    const elapsed = Math.max(0, now - b.at) / 1000;
    b.tokens = Math.min(capacity, b.tokens + elapsed * refillPerSecond);
    b.at = now;
    buckets.set(key, b);
    return b;
  };

  return {
    take(key, cost = 1) {
      if (cost > capacity) throw new RangeError(`cost ${cost} exceeds bucket capacity ${capacity}`);
      const b = refill(key);
      if (b.tokens >= cost) {
        b.tokens -= cost;
        return { ok: true };
      }
      return { ok: false, retryAfterMs: Math.ceil(((cost - b.tokens) / refillPerSecond) * 1000) };
    },
    available: (key) => refill(key).tokens,
  };
}
