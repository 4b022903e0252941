import { AppError, RateLimitedError, type Clock } from '@resonance/kernel';
import type { Database } from '@resonance/db';
import { identityDb, type IdentityDb } from './identity-db.js';
import { EMAIL_LOCKOUT, IP_LOCKOUT, lookbackMs, retryAfterSeconds, type LockoutPolicy } from './lockout.js';
import { clearFailures, failuresSince, recordFailures, type AttemptScope } from './login-attempt.repository.js';
import { verifyAgainstDummy, verifyPassword } from './password.js';
import { startSession, type NewSession } from './session.service.js';
import { toUser, type User } from './user.dto.js';
import { findUserRowByEmail, normalizeEmail } from './user.repository.js';

export const invalidCredentials = () => new AppError('invalid_credentials', 'E-mail or password is incorrect', 401);

async function secondsLocked(q: IdentityDb, scope: AttemptScope, key: string, policy: LockoutPolicy, now: Date): Promise<number> {
  const failures = await failuresSince(q, scope, key, new Date(now.getTime() - lookbackMs(policy)));
  return retryAfterSeconds(failures, policy, now);
}

/**
 * Signs a user in. A locked e-mail or IP answers 429 before the password is even checked; a wrong
 * e-mail or password answers one generic 401 and counts a failure for both the e-mail and the IP;
 * success clears the e-mail's failures and opens a session.
 */
export async function login(
  db: Database,
  clock: Clock,
  input: { email: string; password: string; ip: string; userAgent: string },
): Promise<{ user: User; session: NewSession }> {
  const q = identityDb(db);
  const email = normalizeEmail(input.email);
  const now = clock.now();
  const wait = Math.max(
    await secondsLocked(q, 'email', email, EMAIL_LOCKOUT, now),
    input.ip ? await secondsLocked(q, 'ip', input.ip, IP_LOCKOUT, now) : 0,
  );
  if (wait > 0) throw new RateLimitedError(wait, `Too many failed sign-ins; try again in ${Math.ceil(wait / 60)} minute(s)`);

  const row = await findUserRowByEmail(q, email);
  const ok = row && !row.disabled_at ? await verifyPassword(row.password_hash, input.password) : await verifyAgainstDummy(input.password);
  if (!row || !ok) {
    const keys: { scope: AttemptScope; key: string }[] = [{ scope: 'email', key: email }];
    if (input.ip) keys.push({ scope: 'ip', key: input.ip });
    await recordFailures(q, keys, clock.now());
    throw invalidCredentials();
  }
  await clearFailures(q, 'email', email);
  const session = await startSession(q, clock, { userId: row.id, ip: input.ip, userAgent: input.userAgent });
  return { user: toUser(row), session };
}
