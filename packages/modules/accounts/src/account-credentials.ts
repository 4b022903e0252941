import type { SecretBox } from '@resonance/kernel';
import { CREDENTIALS_PURPOSE } from './accounts.types.js';
import type { SealedCredentials } from './accounts.repository.js';

/** Encrypts a credential/token bag for one workspace; only the field names stay readable. */
export function sealCredentials(secrets: SecretBox, workspaceId: string, bag: Record<string, string>): SealedCredentials {
  const enc = secrets.encrypt(JSON.stringify(bag), { workspaceId, purpose: CREDENTIALS_PURPOSE });
  return { enc, keyId: secrets.keyIdOf(enc), fields: Object.keys(bag).sort() };
}

/** Decrypts a bag; fails (secret_undecryptable) when the envelope belongs to another workspace. */
export function openCredentials(secrets: SecretBox, workspaceId: string, enc: string): Record<string, string> {
  return JSON.parse(secrets.decrypt(enc, { workspaceId, purpose: CREDENTIALS_PURPOSE })) as Record<string, string>;
}
