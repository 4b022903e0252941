import type { Command } from 'commander';
import { reencryptAccountCredentials } from '@resonance/accounts';
import { withDatabase } from '../open-database.js';

export function registerKeysCommands(program: Command) {
  const keys = program.command('keys').description('Encryption keys for secrets at rest');
  keys
    .command('rotate')
    .description('Re-encrypt stored secrets under the active key (the first in RESONANCE_SECRET_KEY)')
    .action(async () => {
      await withDatabase(async ({ db, secrets }) => {
        const { rewrapped } = await reencryptAccountCredentials(db, secrets);
        console.log(`re-encrypted ${rewrapped} value(s) under key ${secrets.activeKeyId}`);
      });
    });
}
