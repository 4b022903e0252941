import type { Command } from 'commander';
import { createDatabase, migrate } from '@resonance/db';
import { systemClock } from '@resonance/kernel';
import { buildConnectors, buildModules, loadConfig, migrationDirs } from '@resonance/server';

export function registerMigrateCommand(program: Command) {
  program
    .command('migrate')
    .description('Apply pending database migrations (also done on every start)')
    .action(async () => {
      const config = loadConfig();
      const db = await createDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
      try {
        const applied = await migrate(db, migrationDirs(buildModules(buildConnectors(systemClock))));
        console.log(applied.length ? `applied ${applied.length} migration(s):\n  ${applied.join('\n  ')}` : 'database is up to date');
      } finally {
        await db.close();
      }
    });
}
