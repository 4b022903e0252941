import { createHash } from 'node:crypto';
import { invalidField } from '@resonance/kernel';
import type { IdentityKind } from './fans.types.js';
import { toE164 } from './phone.js';

export const PII_PURPOSE = 'fan.pii';

/** Canonical form used for hashing and storing: e-mail trimmed and lower case; phone in E.164 (default region China). */
export function normalizeIdentityValue(kind: IdentityKind, value: string, at: string): string {
  const v = value.trim();
  if (v.length === 0 || v.length > 512) throw invalidField(at, 'must be 1–512 characters');
  if (kind === 'email') {
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v)) throw invalidField(at, 'is not an e-mail address');
    return v.toLowerCase();
  }
  if (kind === 'phone') {
    const p = toE164(v);
    if (p === null) throw invalidField(at, 'is not a phone number (E.164 such as +8613800138000, or a Chinese national number)');
    return p;
  }
  return v;
}

/** Lookup hash of a PII value: sha256 over the workspace's random salt, the kind and the value. */
export function piiLookupHash(salt: string, kind: IdentityKind, normalized: string): string {
  return 'h1:' + createHash('sha256').update(`${salt}\u0000${kind}\u0000${normalized}`).digest('hex');
}
