import type { IdentityDb } from './identity-db.js';

export type AttemptScope = 'email' | 'ip';

export async function recordFailures(q: IdentityDb, keys: { scope: AttemptScope; key: string }[], at: Date): Promise<void> {
  if (keys.length === 0) return;
  await q.insertInto('login_attempts').values(keys.map((k) => ({ ...k, attempted_at: at }))).execute();
}

export async function failuresSince(q: IdentityDb, scope: AttemptScope, key: string, since: Date): Promise<Date[]> {
  const rows = await q
    .selectFrom('login_attempts')
    .select('attempted_at')
    .where('scope', '=', scope)
    .where('key', '=', key)
    .where('attempted_at', '>=', since)
    .orderBy('attempted_at')
    .execute();
  return rows.map((r) => r.attempted_at);
}

export async function clearFailures(q: IdentityDb, scope: AttemptScope, key: string): Promise<void> {
  await q.deleteFrom('login_attempts').where('scope', '=', scope).where('key', '=', key).execute();
}

export async function deleteFailuresBefore(q: IdentityDb, before: Date): Promise<number> {
  const res = await q.deleteFrom('login_attempts').where('attempted_at', '<', before).executeTakeFirst();
  return Number(res.numDeletedRows);
}
