import type { Command } from 'commander';
import { isRole, ROLES } from '@resonance/kernel';
import { addMember, createUser, createWorkspace } from '@resonance/identity-access';
import { fail, withDatabase } from '../open-database.js';

export function registerUserCommands(program: Command) {
  const user = program.command('user').description('Manage users');
  user
    .command('create')
    .description('Create a user; optionally add them to a workspace, or create one they own')
    .requiredOption('--email <email>', 'sign-in email')
    .requiredOption('--name <name>', 'display name')
    .option('--password <password>', 'at least 10 characters (or set RESONANCE_PASSWORD)')
    .option('--locale <locale>', 'zh-CN or en', 'zh-CN')
    .option('--workspace <id>', 'add the user to this workspace')
    .option('--role <role>', `role in --workspace (${ROLES.join(', ')})`, 'editor')
    .option('--new-workspace <name>', 'create a workspace owned by the user')
    .action(async (o) => {
      const password = o.password ?? process.env.RESONANCE_PASSWORD ?? fail('--password (or RESONANCE_PASSWORD) is required');
      if (o.workspace && !isRole(o.role)) fail(`--role must be one of ${ROLES.join(', ')}`);
      await withDatabase(async ({ db }) => {
        const u = await createUser(db, { email: o.email, name: o.name, password, locale: o.locale });
        console.log(`user ${u.id} <${u.email}> created`);
        if (o.workspace) {
          await addMember(db, o.workspace, u.id, o.role);
          console.log(`added to workspace ${o.workspace} as ${o.role}`);
        }
        if (o.newWorkspace) {
          const ws = await createWorkspace(db, { name: o.newWorkspace, ownerUserId: u.id });
          console.log(`workspace ${ws.id} "${ws.name}" created, owned by ${u.email}`);
        }
      });
    });
}
