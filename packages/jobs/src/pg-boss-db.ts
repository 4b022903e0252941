import type { Database } from '@resonance/db';

/**
 * pg-boss talks to PostgreSQL through this adapter, so it shares our connection:
 * the pool on PostgreSQL, the single leased session on PGlite (ADR 0004).
 */
export function pgBossDb(db: Database) {
  return {
    async executeSql(text: string, values?: unknown[]) {
      if (values && values.length > 0) return { rows: await db.query(text, values) };
      // statements without parameters may be several (pg-boss's own schema migrations)
      if (db.kind === 'pglite' && text.includes(';')) {
        return db.withSession(async (s) => {
          await s.exec(text);
          return { rows: [] as unknown[] };
        });
      }
      return { rows: await db.query(text) };
    },
  };
}
