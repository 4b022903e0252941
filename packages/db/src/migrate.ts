import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Database } from './database.js';

/**
 * Plain-SQL migrations. Each module owns a `migrations/` folder of `YYYYMMDDHHMM_<module>_<what>.sql`
 * files; the runner applies all folders' files in file-name order, each in its own transaction,
 * once (recorded in `schema_migrations`). An advisory lock makes concurrent starts on PostgreSQL safe.
 */
export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

const LOCK_KEY = 727_363_001;

export function loadMigrations(dirs: readonly string[]): Migration[] {
  const all: Migration[] = [];
  const seen = new Set<string>();
  for (const dir of dirs) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.sql'))) {
      if (seen.has(file)) throw new Error(`duplicate migration name ${file} (in ${dir})`);
      seen.add(file);
      const sql = readFileSync(join(dir, file), 'utf8');
      all.push({ name: basename(file, '.sql'), sql, checksum: createHash('sha256').update(sql).digest('hex') });
    }
  }
  return all.sort((a, b) => a.name.localeCompare(b.name));
}

export async function migrate(db: Database, dirs: readonly string[]): Promise<string[]> {
  const migrations = loadMigrations(dirs);
  return db.withSession(async (s) => {
    await s.exec(`create table if not exists schema_migrations (
      name text primary key, checksum text not null, applied_at timestamptz not null default now())`);
    const applied: string[] = [];
    await s.query('select pg_advisory_lock($1)', [LOCK_KEY]);
    try {
      const done = new Map(
        (await s.query<{ name: string; checksum: string }>('select name, checksum from schema_migrations')).map((r) => [r.name, r.checksum]),
      );
      for (const m of migrations) {
        const prev = done.get(m.name);
        if (prev) {
          if (prev !== m.checksum) throw new Error(`migration ${m.name} was changed after it was applied`);
          continue;
        }
        await s.exec('begin');
        try {
          await s.exec(m.sql);
          await s.query('insert into schema_migrations (name, checksum) values ($1, $2)', [m.name, m.checksum]);
          await s.exec('commit');
        } catch (err) {
          await s.exec('rollback');
          throw new Error(`migration ${m.name} failed: ${(err as Error).message}`);
        }
        applied.push(m.name);
      }
    } finally {
      await s.query('select pg_advisory_unlock($1)', [LOCK_KEY]);
    }
    return applied;
  });
}
