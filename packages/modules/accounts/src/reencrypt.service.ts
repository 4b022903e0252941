import type { Database } from '@resonance/db';
import type { SecretBox } from '@resonance/kernel';
import { CREDENTIALS_PURPOSE } from './accounts.types.js';
import { envelopesNotUnderKey, replaceEnvelope } from './accounts.repository.js';

const BATCH = 500;

/**
 * Key rotation: re-encrypts every stored credential envelope that is not under `secrets.activeKeyId`
 * (all workspaces, or one). The old key must still be loaded to decrypt. Returns how many moved.
 */
export async function reencryptAccountCredentials(db: Database, secrets: SecretBox, workspaceId?: string): Promise<{ rewrapped: number }> {
  let rewrapped = 0;
  let afterId = '';
  for (;;) {
    const batch = await envelopesNotUnderKey(db, secrets.activeKeyId, workspaceId, afterId, BATCH);
    for (const row of batch) {
      const binding = { workspaceId: row.workspaceId, purpose: CREDENTIALS_PURPOSE };
      const enc = secrets.encrypt(secrets.decrypt(row.enc, binding), binding);
      if (await replaceEnvelope(db, row.workspaceId, row.id, row.enc, { enc, keyId: secrets.keyIdOf(enc) })) rewrapped++;
    }
    if (batch.length < BATCH) break;
    afterId = batch[batch.length - 1]!.id;
  }
  return { rewrapped };
}
