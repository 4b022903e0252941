import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Database, Session } from './database.js';
import { quoteIdent, toCsv } from './csv.js';

const types = {
  getTypeParser: (oid: number, format?: string) => {
    if (oid === 20 || oid === 1700) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format as 'text');
  },
};

export interface PostgresOptions {
  url: string;
  /** Use this schema (search_path) for every connection; tests use a fresh one per run. */
  schema?: string;
  poolSize?: number;
}

export async function createPostgresDatabase(opts: PostgresOptions): Promise<Database> {
  // JIT off: our statements are estimated expensive (events tables are large) and PostgreSQL then spends
  // ~200 ms of LLVM compilation on queries that run in a few ms (measured on a 10M-event trend)
  const options = ['-c timezone=UTC', '-c jit=off', opts.schema ? `-c search_path=${opts.schema}` : ''].filter(Boolean).join(' ');
  const pool = new pg.Pool({ connectionString: opts.url, max: opts.poolSize ?? 10, options, types });
  pool.on('error', () => {
    // idle client errors (server restart) surface on the next query instead of crashing the process
  });
  const kysely = new Kysely<any>({ dialect: new PostgresDialect({ pool }) });
  const withSession = async <T>(fn: (s: Session) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      return await fn({
        exec: async (sql) => {
          await client.query(sql);
        },
        query: async <R>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as R[],
      });
    } finally {
      client.release();
    }
  };
  return {
    kind: 'postgres',
    kysely,
    query: async <R>(sql: string, params?: unknown[]) => (await pool.query(sql, params)).rows as R[],
    exec: async (sql) => {
      await pool.query(sql);
    },
    withSession,
    copyRows: async (table, columns, rows) => {
      if (rows.length === 0) return;
      const client = await pool.connect();
      try {
        const cols = columns.map(quoteIdent).join(',');
        const stream = client.query(copyFrom(`copy ${quoteIdent(table)} (${cols}) from stdin with (format csv)`));
        await pipeline(Readable.from([toCsv(rows)]), stream);
      } finally {
        client.release();
      }
    },
    close: async () => {
      await kysely.destroy();
    },
  };
}
