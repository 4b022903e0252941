import type { Command } from 'commander';
import { createSource } from '@resonance/events';
import { getWorkspace } from '@resonance/identity-access';
import { fail, withDatabase } from '../open-database.js';

const KINDS = ['web', 'server', 'miniprogram', 'account'] as const;

export function registerSourceCommands(program: Command) {
  const source = program.command('source').description('Event sources and their write keys');
  source
    .command('create')
    .description('Create an event source; prints its write key once (for Segment / PostHog SDKs)')
    .requiredOption('--workspace <id>', 'workspace id')
    .requiredOption('--name <name>', 'e.g. "Website" or "Mini program"')
    .option('--kind <kind>', KINDS.join(' | '), 'server')
    .action(async (o) => {
      if (!KINDS.includes(o.kind)) fail(`--kind must be one of ${KINDS.join(', ')}`);
      await withDatabase(async ({ db }) => {
        await getWorkspace(db, o.workspace).catch(() => fail(`--workspace: no workspace ${o.workspace}`));
        const s = await createSource(db, o.workspace, { name: o.name, kind: o.kind });
        process.stdout.write(`${s.writeKey}\n`);
      });
    });
}
