import type { Database, Session } from '@resonance/db';

/**
 * Runs `fn` in a transaction holding the workspace's identity lock (a transaction-scoped advisory
 * lock), so resolves, merges and undos of one workspace take turns: two concurrent resolves with the
 * same new identifier cannot both create a fan. The unique (workspace, kind, namespace, value) key on
 * fan_identities is the backstop. PGlite has one session, which serialises everything anyway.
 */
export async function inIdentityTx<T>(db: Database, workspaceId: string, fn: (s: Session) => Promise<T>): Promise<T> {
  return db.withSession(async (s) => {
    await s.exec('begin');
    try {
      await s.query(`select pg_advisory_xact_lock(hashtextextended($1::text, 0))`, [`fans.identity:${workspaceId}`]);
      const result = await fn(s);
      await s.exec('commit');
      return result;
    } catch (err) {
      await s.exec('rollback');
      throw err;
    }
  });
}
