import { createHash } from 'node:crypto';
import { invalidField } from '@resonance/kernel';
import type { IdentityKind } from './fans.types.js';

export const PII_PURPOSE = 'fan.pii';

/** Canonical form used for hashing and storing: e-mail lower case; phone digits with an optional leading +. */
export function normalizeIdentityValue(kind: IdentityKind, value: string, at: string): string {
  const v = value.trim();
  if (v.length === 0 || v.length > 512) throw invalidField(at, 'must be 1–512 characters');
  if (kind === 'email') {
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v)) throw invalidField(at, 'is not an e-mail address');
    return v.toLowerCase();
  }
  if (kind === 'phone') {
    const p = v.replace(/[\s()-]/g, '');
    if (!/^\+?\d{6,20}$/.test(p)) throw invalidField(at, 'is not a phone number');
    return p;
  }
  return v;
}

/** Lookup hash of a PII value: sha256 over the workspace's random salt, the kind and the value. */
export function piiLookupHash(salt: string, kind: IdentityKind, normalized: string): string {
  return 'h1:' + createHash('sha256').update(`${salt}\u0000${kind}\u0000${normalized}`).digest('hex');
}
