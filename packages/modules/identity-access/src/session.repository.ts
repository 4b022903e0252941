import type { IdentityDb } from './identity-db.js';
import type { SessionsTable, UsersTable } from './identity.schema.js';

export type SessionWithUser = SessionsTable & Pick<UsersTable, 'locale' | 'disabled_at'>;

export async function insertSession(q: IdentityDb, row: SessionsTable): Promise<void> {
  await q.insertInto('sessions').values(row).execute();
}

export async function findSessionByTokenHash(q: IdentityDb, tokenHash: string): Promise<SessionWithUser | undefined> {
  return q
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('sessions')
    .select(['users.locale', 'users.disabled_at'])
    .where('sessions.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function touchSession(q: IdentityDb, sessionId: string, at: Date): Promise<void> {
  await q.updateTable('sessions').set({ last_seen_at: at }).where('id', '=', sessionId).execute();
}

export async function revokeSessionRow(q: IdentityDb, userId: string, sessionId: string, at: Date): Promise<boolean> {
  const res = await q
    .updateTable('sessions')
    .set({ revoked_at: at })
    .where('id', '=', sessionId)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

/** Revokes all live sessions of a user except `keepSessionId`; returns how many. */
export async function revokeUserSessionRows(q: IdentityDb, userId: string, keepSessionId: string | null, at: Date): Promise<number> {
  let update = q.updateTable('sessions').set({ revoked_at: at }).where('user_id', '=', userId).where('revoked_at', 'is', null);
  if (keepSessionId) update = update.where('id', '!=', keepSessionId);
  const res = await update.executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/** Deletes sessions that can no longer be used: expired, idle past `idleBefore`, or revoked before `revokedBefore`. */
export async function deleteDeadSessions(q: IdentityDb, now: Date, idleBefore: Date, revokedBefore: Date): Promise<number> {
  const res = await q
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<', now), eb('last_seen_at', '<', idleBefore), eb('revoked_at', '<', revokedBefore)]))
    .executeTakeFirst();
  return Number(res.numDeletedRows);
}
