import type { Database } from './database.js';

/**
 * Runs `fn` while holding a PostgreSQL advisory lock on a dedicated session, so concurrent processes
 * take turns (pg-boss's schema creation is not safe to race). PGlite has one process and one session:
 * there it simply runs `fn` (taking the session would deadlock fn's own queries).
 */
export async function oneAtATime<T>(db: Database, lockKey: number, fn: () => Promise<T>): Promise<T> {
  if (db.kind !== 'postgres') return fn();
  return db.withSession(async (s) => {
    await s.query('select pg_advisory_lock($1)', [lockKey]);
    try {
      return await fn();
    } finally {
      await s.query('select pg_advisory_unlock($1)', [lockKey]);
    }
  });
}
