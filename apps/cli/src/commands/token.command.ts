import type { Command } from 'commander';
import { isRole, ROLES } from '@resonance/kernel';
import { createApiToken } from '@resonance/identity-access';
import { fail, withDatabase } from '../open-database.js';

export function registerTokenCommands(program: Command) {
  const token = program.command('token').description('Manage API tokens');
  token
    .command('create')
    .description('Create an API token scoped to one workspace and role; prints the token once')
    .requiredOption('--workspace <id>', 'workspace id')
    .requiredOption('--role <role>', ROLES.join(' | '))
    .option('--name <name>', 'label shown in the token list', 'cli')
    .option('--expires-in-days <n>', 'expiry in days (default: never)')
    .action(async (o) => {
      if (!isRole(o.role)) fail(`--role must be one of ${ROLES.join(', ')}`);
      const expiresInDays = o.expiresInDays !== undefined ? Number(o.expiresInDays) : undefined;
      if (expiresInDays !== undefined && !(expiresInDays > 0)) fail('--expires-in-days must be a positive number');
      await withDatabase(async ({ db }) => {
        const t = await createApiToken(db, { workspaceId: o.workspace, role: o.role, name: o.name, createdBy: 'cli', expiresInDays });
        process.stdout.write(`${t.token}\n`);
      });
    });
}
