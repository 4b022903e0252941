import type { Database } from '@resonance/db';

/** What repositories need: a Database or a Session inside a transaction. */
export type Sql = Pick<Database, 'query'>;

/** Runs `fn` in one transaction (a pooled client on PostgreSQL, the single session on PGlite). */
export async function inTx<T>(db: Database, fn: (s: Sql) => Promise<T>): Promise<T> {
  return db.withSession(async (s) => {
    await s.exec('begin');
    try {
      const result = await fn(s);
      await s.exec('commit');
      return result;
    } catch (err) {
      await s.exec('rollback');
      throw err;
    }
  });
}

/** jsonb comes back parsed on both drivers; be tolerant of a string anyway. */
export const json = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);
