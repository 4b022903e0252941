import type { Database } from '@resonance/db';

/**
 * Runs one analytics statement in a read-only transaction with JIT off and a larger `work_mem`:
 * these statements are estimated expensive enough for PostgreSQL to JIT-compile them, which costs
 * seconds of LLVM time for queries that run in well under a second (measured: 2.8 s of a 5.8 s
 * retention query); and their per-fan sorts and hashes spill to disk at the default 4 MB.
 */
export const QUERY_WORK_MEM = '64MB';

export async function runAnalyticsQuery<R>(db: Database, sql: string, params: readonly unknown[]): Promise<R[]> {
  return db.withSession(async (s) => {
    await s.exec('begin read only');
    try {
      await s.exec(`set local jit = off; set local work_mem = '${QUERY_WORK_MEM}'`);
      const rows = await s.query<R>(sql, [...params]);
      await s.exec('commit');
      return rows;
    } catch (err) {
      await s.exec('rollback');
      throw err;
    }
  });
}
