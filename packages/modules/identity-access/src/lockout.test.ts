import { describe, expect, it } from 'vitest';
import { EMAIL_LOCKOUT, IP_LOCKOUT, lockedUntil, retryAfterSeconds } from './lockout.js';

const t0 = new Date('2026-11-22T08:00:00Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

describe('lockout window arithmetic', () => {
  it('four failures never lock; the fifth within 15 minutes locks for 15 minutes from it', () => {
    const four = [at(0), at(1), at(2), at(3)];
    expect(lockedUntil(four, EMAIL_LOCKOUT)).toBeNull();
    const five = [...four, at(10)];
    expect(lockedUntil(five, EMAIL_LOCKOUT)).toEqual(at(25));
    expect(retryAfterSeconds(five, EMAIL_LOCKOUT, at(10))).toBe(15 * 60);
    expect(retryAfterSeconds(five, EMAIL_LOCKOUT, at(24.5))).toBe(30);
    expect(retryAfterSeconds(five, EMAIL_LOCKOUT, at(25))).toBe(0);
  });

  it('five failures spread over more than 15 minutes do not lock', () => {
    const spread = [at(0), at(4), at(8), at(12), at(15)];
    expect(lockedUntil(spread, EMAIL_LOCKOUT)).toBeNull();
    // …but one more inside the window of the last five does
    expect(lockedUntil([...spread, at(16)], EMAIL_LOCKOUT)).toEqual(at(31));
  });

  it('ignores the order failures are given in and rounds retry-after up', () => {
    const shuffled = [at(3), at(0), at(2), at(4), at(1)];
    expect(lockedUntil(shuffled, EMAIL_LOCKOUT)).toEqual(at(19));
    expect(retryAfterSeconds(shuffled, EMAIL_LOCKOUT, new Date(at(19).getTime() - 1))).toBe(1);
  });

  it('locks an IP after more than 30 failures within 15 minutes', () => {
    const thirty = Array.from({ length: 30 }, (_, i) => at(i * 0.25));
    expect(lockedUntil(thirty, IP_LOCKOUT)).toBeNull();
    expect(lockedUntil([...thirty, at(8)], IP_LOCKOUT)).toEqual(at(23));
  });
});
