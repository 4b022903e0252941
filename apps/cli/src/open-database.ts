import { createDatabase, migrate, type Database } from '@resonance/db';
import { createSecretBox, systemClock, type SecretBox } from '@resonance/kernel';
import { buildConnectors, buildModules, loadConfig, loadSecretKeys, migrationDirs, type ServerConfig } from '@resonance/server';

export interface CliContext {
  config: ServerConfig;
  db: Database;
  secrets: SecretBox;
}

/** For one-shot commands: open the configured database, bring it to the latest migration. */
export async function withDatabase<T>(fn: (c: CliContext) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const db = await createDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrate(db, migrationDirs(buildModules(buildConnectors(systemClock))));
    const secrets = createSecretBox(loadSecretKeys(config.secretKey, config.dataDir));
    return await fn({ config, db, secrets });
  } finally {
    await db.close();
  }
}

export function fail(message: string): never {
  throw new Error(message);
}
