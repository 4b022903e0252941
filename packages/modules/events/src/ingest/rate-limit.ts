import { RateLimitedError, type Clock } from '@resonance/kernel';

export interface IngestRateLimit {
  /** Sustained events per second per source. */
  eventsPerSecond: number;
  /** Events a source may send at once above the sustained rate (bucket size). */
  burst: number;
}

/** Generous defaults: far above one browser or server SDK, low enough to stop a runaway loop. */
export const DEFAULT_INGEST_RATE_LIMIT: IngestRateLimit = { eventsPerSecond: 50_000, burst: 100_000 };

export interface RateLimiter {
  /** Takes `n` events from the source's bucket or throws 429 with the seconds until they fit. */
  take(sourceId: string, n: number): void;
}

/**
 * A token bucket per source, in this process (with several API processes each enforces its share;
 * the limit is a guard against floods, not billing). Buckets idle for a minute are forgotten.
 */
export function createRateLimiter(limit: IngestRateLimit, clock: Clock): RateLimiter {
  if (!(limit.eventsPerSecond > 0) || !(limit.burst >= 1)) throw new Error('ingest rate limit: eventsPerSecond must be > 0 and burst ≥ 1');
  const buckets = new Map<string, { tokens: number; at: number }>();
  let sweptAt = 0;
  return {
    take(sourceId, n) {
      const now = clock.now().getTime();
      if (now - sweptAt > 60_000) {
        for (const [k, b] of buckets) if (now - b.at > 60_000) buckets.delete(k);
        sweptAt = now;
      }
      const b = buckets.get(sourceId) ?? { tokens: limit.burst, at: now };
      b.tokens = Math.min(limit.burst, b.tokens + ((now - b.at) / 1000) * limit.eventsPerSecond);
      b.at = now;
      buckets.set(sourceId, b);
      if (n > b.tokens) {
        const wait = Math.max(1, Math.ceil((Math.min(n, limit.burst) - b.tokens) / limit.eventsPerSecond));
        throw new RateLimitedError(wait, `This source sent more than ${limit.eventsPerSecond} events per second; retry after ${wait} s`);
      }
      b.tokens -= n;
    },
  };
}
