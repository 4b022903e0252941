import { manualClock } from '@resonance/kernel';
import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limiter.js';

describe('createRateLimiter', () => {
  it('allows a burst of `capacity`, then tells how long to wait', () => {
    const clock = manualClock(new Date('2025-01-01T00:00:00Z'));
    const limiter = createRateLimiter({ capacity: 3, refillPerSecond: 0.5, clock });
    expect([1, 2, 3].map(() => limiter.take('a').ok)).toEqual([true, true, true]);
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterMs: 2000 });
    clock.advance(1000);
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterMs: 1000 });
    clock.advance(1000);
    expect(limiter.take('a')).toEqual({ ok: true });
  });

  it('keeps one bucket per key and never refills beyond capacity', () => {
    const clock = manualClock(new Date('2025-01-01T00:00:00Z'));
    const limiter = createRateLimiter({ capacity: 2, refillPerSecond: 10, clock });
    limiter.take('a');
    limiter.take('a');
    expect(limiter.take('b').ok).toBe(true);
    clock.advance(60_000);
    expect(limiter.available('a')).toBe(2);
    expect(() => limiter.take('a', 3)).toThrow(RangeError);
  });
});
