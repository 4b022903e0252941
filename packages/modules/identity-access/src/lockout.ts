/**
 * Sign-in lockout arithmetic (pure). A key (an e-mail or a client IP) is locked for `lockMs` from the
 * failure that brings the number of failures inside one sliding `windowMs` to `maxFailures`.
 */
export interface LockoutPolicy {
  maxFailures: number;
  windowMs: number;
  lockMs: number;
}

const FIFTEEN_MINUTES = 15 * 60 * 1000;

/** 5 failed sign-ins for one e-mail within 15 minutes lock that e-mail for 15 minutes. */
export const EMAIL_LOCKOUT: LockoutPolicy = { maxFailures: 5, windowMs: FIFTEEN_MINUTES, lockMs: FIFTEEN_MINUTES };
/** More than 30 failed sign-ins from one IP within 15 minutes lock that IP for 15 minutes. */
export const IP_LOCKOUT: LockoutPolicy = { maxFailures: 31, windowMs: FIFTEEN_MINUTES, lockMs: FIFTEEN_MINUTES };

/** How far back failures matter: a lock can start at most one window after the first failure in it. */
export const lookbackMs = (p: LockoutPolicy): number => p.windowMs + p.lockMs;

/** The end of the latest lock the failures cause, or null. Failures may come in any order. */
export function lockedUntil(failures: readonly Date[], p: LockoutPolicy): Date | null {
  const times = failures.map((d) => d.getTime()).sort((a, b) => a - b);
  let until: number | null = null;
  for (let i = p.maxFailures - 1; i < times.length; i++) {
    const first = times[i - (p.maxFailures - 1)]!;
    const last = times[i]!;
    if (last - first < p.windowMs) until = last + p.lockMs;
  }
  return until === null ? null : new Date(until);
}

/** Seconds until the key may try again (rounded up), or 0 when it is not locked. */
export function retryAfterSeconds(failures: readonly Date[], p: LockoutPolicy, now: Date): number {
  const until = lockedUntil(failures, p);
  if (!until || until.getTime() <= now.getTime()) return 0;
  return Math.ceil((until.getTime() - now.getTime()) / 1000);
}
