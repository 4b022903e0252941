import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from './database.js';
import { createPGliteDatabase } from './pglite-database.js';
import { createPostgresDatabase } from './postgres-database.js';

export interface DatabaseConfig {
  /** PostgreSQL URL; when absent the embedded PGlite database in `dataDir/pglite` is used. */
  url?: string;
  dataDir: string;
}

export async function createDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.url) return createPostgresDatabase({ url: config.url });
  const dir = join(config.dataDir, 'pglite');
  mkdirSync(dir, { recursive: true });
  return createPGliteDatabase(dir);
}
