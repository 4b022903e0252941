import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Database } from './database.js';
import { migrate } from './migrate.js';
import { createPGliteDatabase } from './pglite-database.js';
import { createPostgresDatabase } from './postgres-database.js';

export type DatabaseKind = 'pglite' | 'postgres';

/** The engines database tests run on: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export function testDatabaseKinds(): DatabaseKind[] {
  return process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

export interface TestDatabase extends Database {
  /** The schema (PostgreSQL) this test owns; dropped on close. */
  readonly schema?: string;
}

/** A fresh, migrated database: in-memory PGlite, or a new schema on the test PostgreSQL server. */
export async function createTestDatabase(kind: DatabaseKind, migrationDirs: readonly string[]): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const db = await createPGliteDatabase();
    await migrate(db, migrationDirs);
    return db;
  }
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const db = await createPostgresDatabase({ url, schema, poolSize: 4 });
  await migrate(db, migrationDirs);
  return {
    ...db,
    schema,
    close: async () => {
      await db.close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop schema if exists ${schema} cascade`);
      await c.end();
    },
  };
}
