import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { AppError } from './errors.js';

/**
 * AES-256-GCM envelope for secrets at rest (platform tokens, app secrets, PII).
 * Format: `v1.<keyId>.<iv>.<ciphertext>.<tag>` (base64url parts). The workspace id and a purpose
 * label are bound in as additional authenticated data, so a value copied into another workspace
 * (or used for another purpose) fails to decrypt. Several keys may be loaded; the first encrypts,
 * all decrypt, so keys can rotate.
 */
export interface SecretKey {
  id: string;
  key: Buffer;
}

export interface SecretBox {
  readonly activeKeyId: string;
  encrypt(plaintext: string, binding: { workspaceId: string; purpose: string }): string;
  decrypt(envelope: string, binding: { workspaceId: string; purpose: string }): string;
  keyIdOf(envelope: string): string;
}

const aad = (b: { workspaceId: string; purpose: string }) => Buffer.from(`resonance:${b.workspaceId}:${b.purpose}`, 'utf8');

export function createSecretBox(keys: SecretKey[]): SecretBox {
  if (keys.length === 0) throw new Error('createSecretBox: at least one key is required');
  for (const k of keys) {
    if (k.key.length !== 32) throw new Error(`secret key ${k.id} must be 32 bytes, got ${k.key.length}`);
    if (!/^[A-Za-z0-9_-]+$/.test(k.id)) throw new Error(`secret key id ${k.id} must be [A-Za-z0-9_-]`);
  }
  const byId = new Map(keys.map((k) => [k.id, k.key]));
  const active = keys[0]!;
  return {
    activeKeyId: active.id,
    encrypt(plaintext, binding) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', active.key, iv);
      cipher.setAAD(aad(binding));
      const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      const tag = cipher.getAuthTag();
      return ['v1', active.id, iv.toString('base64url'), ct.toString('base64url'), tag.toString('base64url')].join('.');
    },
    decrypt(envelope, binding) {
      const parts = envelope.split('.');
      if (parts.length !== 5 || parts[0] !== 'v1') throw new AppError('secret_malformed', 'Encrypted value is malformed', 500);
      const [, kid, iv, ct, tag] = parts as [string, string, string, string, string];
      const key = byId.get(kid);
      if (!key) throw new AppError('secret_key_missing', `Encryption key "${kid}" is not loaded`, 500);
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
        decipher.setAAD(aad(binding));
        decipher.setAuthTag(Buffer.from(tag, 'base64url'));
        return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8');
      } catch {
        throw new AppError('secret_undecryptable', 'Encrypted value does not belong to this workspace or key', 500);
      }
    },
    keyIdOf(envelope) {
      return envelope.split('.')[1] ?? '';
    },
  };
}

/** Parses `RESONANCE_SECRET_KEY`: `id:base64key[,id2:base64key2]` or a single base64 key (id "k1"). */
export function parseSecretKeys(value: string): SecretKey[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((part, i) => {
      const idx = part.indexOf(':');
      const id = idx > 0 ? part.slice(0, idx) : `k${i + 1}`;
      const b64 = idx > 0 ? part.slice(idx + 1) : part;
      return { id, key: Buffer.from(b64, 'base64') };
    });
}
