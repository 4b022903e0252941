import type { Command } from 'commander';
import { verifyAuditChain } from '@resonance/audit';
import { withDatabase } from '../open-database.js';

export function registerAuditCommands(program: Command) {
  const audit = program.command('audit').description('Audit log');
  audit
    .command('verify')
    .description('Recompute the hash chain(s); exits 1 if any entry was altered or removed')
    .option('--workspace <id>', 'only this workspace (default: every chain)')
    .action(async (o) => {
      const result = await withDatabase(({ db }) =>
        verifyAuditChain(db, o.workspace ? { workspaceId: o.workspace } : { all: true }),
      );
      if (result.ok) {
        console.log(`audit log intact: ${result.checked} entries in ${result.chains} chain(s)`);
      } else {
        console.error(`audit log TAMPERED: ${result.broken.length} problem(s)`);
        for (const b of result.broken) console.error(`  workspace ${b.workspaceId ?? '(system)'} seq ${b.seq} ${b.id}: ${b.reason}`);
        process.exitCode = 1;
      }
    });
}
