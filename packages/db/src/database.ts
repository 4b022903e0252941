import type { Kysely } from 'kysely';

/** Raw, exclusive access to one database session (a PGlite lease or a pooled PostgreSQL client). */
export interface Session {
  exec(sql: string): Promise<void>;
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R[]>;
}

export interface Database {
  readonly kind: 'pglite' | 'postgres';
  /** Query builder over the whole database; modules narrow it to their own tables with `tables<T>()`. */
  readonly kysely: Kysely<any>;
  /** One SQL statement with parameters. */
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R[]>;
  /** Several statements, no parameters (migrations, DDL). */
  exec(sql: string): Promise<void>;
  /** Exclusive session, e.g. for advisory locks and manual transactions. */
  withSession<T>(fn: (s: Session) => Promise<T>): Promise<T>;
  /** Bulk load with COPY (both engines). Values: null, string, number, boolean, Date, or JSON-able object. */
  copyRows(table: string, columns: readonly string[], rows: readonly (readonly unknown[])[]): Promise<void>;
  close(): Promise<void>;
}

/** Narrow the shared query builder to one module's table types. */
export function tables<T>(db: Database): Kysely<T> {
  return db.kysely as Kysely<T>;
}
