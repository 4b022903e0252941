import { RateLimitedError } from '@resonance/kernel';
import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limit.js';

const clockAt = () => {
  let t = Date.parse('2026-11-22T00:00:00Z');
  return { now: () => new Date(t), advance: (ms: number) => (t += ms) };
};

describe('ingest rate limit (token bucket per source)', () => {
  it('allows the burst, then refuses with the seconds until the events fit', () => {
    const clock = clockAt();
    const limiter = createRateLimiter({ eventsPerSecond: 10, burst: 20 }, clock);
    limiter.take('src_a', 20);
    let err: unknown;
    try {
      limiter.take('src_a', 15);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(RateLimitedError);
    expect((err as RateLimitedError).retryAfterSeconds).toBe(2);
    expect((err as RateLimitedError).status).toBe(429);
  });

  it('refills at the sustained rate and keeps sources apart', () => {
    const clock = clockAt();
    const limiter = createRateLimiter({ eventsPerSecond: 10, burst: 10 }, clock);
    limiter.take('src_a', 10);
    expect(() => limiter.take('src_a', 1)).toThrow(RateLimitedError);
    limiter.take('src_b', 10);
    clock.advance(500);
    limiter.take('src_a', 5);
    expect(() => limiter.take('src_a', 1)).toThrow(RateLimitedError);
  });

  it('a refused request takes nothing from the bucket', () => {
    const clock = clockAt();
    const limiter = createRateLimiter({ eventsPerSecond: 1, burst: 5 }, clock);
    expect(() => limiter.take('src_a', 6)).toThrow(RateLimitedError);
    limiter.take('src_a', 5);
  });
});
