import { newId, newSecret, type Clock } from '@resonance/kernel';
import type { Database } from '@resonance/db';
import type { Principal } from '@resonance/http';
import { identityDb, type IdentityDb } from './identity-db.js';
import { addMs, DAY_MS, MINUTE_MS, sha256Hex } from './secrets.js';
import { findSessionByTokenHash, insertSession, revokeSessionRow, revokeUserSessionRows, touchSession } from './session.repository.js';

/** A session ends 7 days after it was last used, and 30 days after sign-in at the latest. */
export const SESSION_IDLE_MS = 7 * DAY_MS;
export const SESSION_ABSOLUTE_MS = 30 * DAY_MS;
export const SESSION_MAX_AGE_SECONDS = SESSION_ABSOLUTE_MS / 1000;
/** last_seen_at is written at most once a minute per session. */
const TOUCH_EVERY_MS = MINUTE_MS;

export interface NewSession {
  sessionId: string;
  /** The cookie value; only its sha256 is stored. */
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function startSession(q: IdentityDb, clock: Clock, input: { userId: string; ip: string; userAgent: string }): Promise<NewSession> {
  const now = clock.now();
  const token = newSecret(32);
  const session = {
    id: newId('sess', now.getTime()),
    user_id: input.userId,
    token_hash: sha256Hex(token),
    csrf_token: newSecret(24),
    ip: input.ip,
    user_agent: input.userAgent.slice(0, 512),
    created_at: now,
    last_seen_at: now,
    expires_at: addMs(now, SESSION_ABSOLUTE_MS),
    revoked_at: null,
  };
  await insertSession(q, session);
  return { sessionId: session.id, token, csrfToken: session.csrf_token, expiresAt: session.expires_at };
}

/** The user behind a session cookie, or null when unknown, revoked, idle too long, expired or disabled. */
export async function authenticateSession(db: Database, clock: Clock, token: string): Promise<Extract<Principal, { kind: 'user' }> | null> {
  const q = identityDb(db);
  const s = await findSessionByTokenHash(q, sha256Hex(token));
  const now = clock.now().getTime();
  if (!s || s.revoked_at || s.disabled_at) return null;
  if (now >= s.expires_at.getTime() || now >= s.last_seen_at.getTime() + SESSION_IDLE_MS) return null;
  if (now - s.last_seen_at.getTime() >= TOUCH_EVERY_MS) await touchSession(q, s.id, clock.now());
  return { kind: 'user', userId: s.user_id, sessionId: s.id, csrfToken: s.csrf_token, locale: s.locale };
}

export function revokeSession(db: Database, clock: Clock, userId: string, sessionId: string): Promise<boolean> {
  return revokeSessionRow(identityDb(db), userId, sessionId, clock.now());
}

/** Signs a user out everywhere (except `keepSessionId`, e.g. the session that changed the password). */
export function revokeUserSessions(db: Database, clock: Clock, userId: string, keepSessionId: string | null = null): Promise<number> {
  return revokeUserSessionRows(identityDb(db), userId, keepSessionId, clock.now());
}
