import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { appendAuditEntry } from '@resonance/audit';
import { ERASE_MODES, eraseFanData, prepareFanExport, type EraseMode, type FanExport } from '@resonance/flow-data-subject';
import { getWorkspace } from '@resonance/identity-access';
import { systemClock } from '@resonance/kernel';
import { fail, withDatabase, type CliContext } from '../open-database.js';

/** Who the audit log names for commands run on the server's shell. */
const CLI_ACTOR = { actorType: 'system', actorId: 'cli' } as const;

async function writeAll(out: Writable, exp: FanExport): Promise<void> {
  for await (const chunk of exp.chunks()) {
    if (!out.write(chunk)) await once(out, 'drain');
  }
}

/** Writes the export to `file` (owner-only permissions) via a temporary name, so a failure never leaves half a file behind. */
async function exportToFile(exp: FanExport, file: string): Promise<void> {
  const partial = `${file}.partial`;
  const out = createWriteStream(partial, { mode: 0o600 });
  try {
    await writeAll(out, exp);
    out.end();
    await once(out, 'finish');
    await rename(partial, file);
  } catch (err) {
    out.destroy();
    await rm(partial, { force: true });
    throw err;
  }
}

async function checkWorkspace(c: CliContext, workspaceId: string): Promise<void> {
  await getWorkspace(c.db, workspaceId).catch(() => fail(`--workspace: no workspace ${workspaceId}`));
}

export function registerFanCommands(program: Command) {
  const fan = program.command('fan').description('Data-subject requests (PIPL/GDPR) for one fan');
  fan
    .command('export')
    .description('Write everything about a fan as one JSON document (identities in clear, consent records, merges, all events); audited')
    .requiredOption('--workspace <id>', 'workspace id')
    .requiredOption('--fan <id>', 'fan id (a merged id exports its surviving profile)')
    .option('--out <file>', 'write to this file (created readable by you only) instead of standard output')
    .action(async (o) => {
      await withDatabase(async (c) => {
        await checkWorkspace(c, o.workspace);
        const exp = await prepareFanExport({ db: c.db, secrets: c.secrets, clock: systemClock }, o.workspace, o.fan);
        if (o.out) await exportToFile(exp, o.out);
        else await writeAll(process.stdout, exp);
        await appendAuditEntry(c.db, systemClock, { workspaceId: o.workspace, ...CLI_ACTOR, action: 'fan.export', targetType: 'fan', targetId: exp.fanId, after: exp.counts });
        if (o.out) console.error(`exported fan ${exp.fanId} (${exp.counts.identities} identities, ${exp.counts.consentRecords} consent records, ${exp.counts.events} events) to ${o.out}`);
      });
    });
  fan
    .command('erase')
    .description('Erase a fan and the profiles merged into it: events deleted or irreversibly anonymised, profile deleted; audited')
    .requiredOption('--workspace <id>', 'workspace id')
    .requiredOption('--fan <id>', 'fan id')
    .requiredOption('--mode <mode>', ERASE_MODES.join(' | '))
    .option('--yes', 'confirm: this cannot be undone')
    .action(async (o) => {
      if (!ERASE_MODES.includes(o.mode)) fail(`--mode must be one of ${ERASE_MODES.join(', ')}`);
      if (!o.yes) fail('erasing a fan cannot be undone; add --yes to confirm');
      await withDatabase(async (c) => {
        await checkWorkspace(c, o.workspace);
        const r = await eraseFanData({ db: c.db }, o.workspace, o.fan, o.mode as EraseMode);
        await appendAuditEntry(c.db, systemClock, { workspaceId: o.workspace, ...CLI_ACTOR, action: 'fan.erase', targetType: 'fan', targetId: r.fanId, after: r });
        console.log(
          `erased fan ${r.fanId} (${r.mode}): ${r.fans} profile(s), ${r.identities} identities, ${r.consentRecords} consent records, ${r.merges} merges; ` +
            `${r.events} events ${r.mode === 'delete' ? 'deleted' : 'anonymised'}`,
        );
      });
    });
}
