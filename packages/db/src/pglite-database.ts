import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import type { Database, Session } from './database.js';
import { quoteIdent, toCsv } from './csv.js';
import { Mutex } from './mutex.js';
import { PGliteDialect } from './pglite-dialect.js';

const PARSERS = { 20: (v: string) => Number(v), 1700: (v: string) => Number(v) };

/** Embedded database: PGlite on disk (dataDir) or in memory (no dataDir). */
export async function createPGliteDatabase(dataDir?: string): Promise<Database> {
  const pg = await PGlite.create(dataDir ? { dataDir, parsers: PARSERS } : { parsers: PARSERS });
  await pg.exec(`set time zone 'UTC'`);
  const mutex = new Mutex();
  const kysely = new Kysely<any>({ dialect: new PGliteDialect(pg, mutex) });
  const session: Session = {
    exec: async (sql) => {
      await pg.exec(sql);
    },
    query: async <R>(sql: string, params?: unknown[]) => (await pg.query<R>(sql, params ?? [])).rows,
  };
  const withSession = async <T>(fn: (s: Session) => Promise<T>): Promise<T> => {
    const release = await mutex.acquire();
    try {
      return await fn(session);
    } finally {
      release();
    }
  };
  return {
    kind: 'pglite',
    kysely,
    query: (sql, params) => withSession((s) => s.query(sql, params)),
    exec: (sql) => withSession((s) => s.exec(sql)),
    withSession,
    copyRows: async (table, columns, rows) => {
      if (rows.length === 0) return;
      const cols = columns.map(quoteIdent).join(',');
      const blob = new Blob([toCsv(rows)]);
      await withSession(async () => {
        await pg.query(`copy ${quoteIdent(table)} (${cols}) from '/dev/blob' with (format csv)`, [], { blob });
      });
    },
    close: async () => {
      await kysely.destroy();
      await pg.close();
    },
  };
}
