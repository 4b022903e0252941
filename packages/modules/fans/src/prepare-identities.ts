import { invalidField, type SecretBox } from '@resonance/kernel';
import { IDENTITY_KINDS, PII_KINDS, type IdentityKind } from './fans.types.js';
import { GLOBAL_KINDS, type IdentityRules } from './identity-rules.js';
import { isJunkIdentityValue } from './junk.js';
import { PII_PURPOSE, normalizeIdentityValue, piiLookupHash } from './pii.js';
import type { StoredKey } from './profile.repository.js';

/** An identity as callers send it; `value` may be anything an SDK produced (junk is ignored). */
export interface IdentityInput {
  kind: IdentityKind;
  /** The account id (platform_user) or open-platform/app id (unionid); empty for the global kinds. */
  namespace?: string;
  value: unknown;
}

/** A normalised identity (e-mail/phone in clear, as given back to the caller). */
export interface ResolvedIdentity {
  kind: IdentityKind;
  namespace: string;
  value: string;
}

export interface PreparedIdentity extends ResolvedIdentity {
  key: StoredKey;
  encrypt: () => string | null;
}

export const keyString = (k: StoredKey) => `${k.kind}\u0000${k.namespace}\u0000${k.value}`;

/**
 * Validates and normalises the input identities, drops junk values (reported by index) and
 * duplicates, and orders the rest by the rules' priority (then input order).
 */
export function prepareIdentities(
  input: readonly IdentityInput[],
  ctx: { workspaceId: string; salt: string; secrets: SecretBox; rules: IdentityRules },
): { identities: PreparedIdentity[]; ignored: number[] } {
  if (!Array.isArray(input)) throw invalidField('identities', 'must be an array');
  const seen = new Set<string>();
  const out: PreparedIdentity[] = [];
  const ignored: number[] = [];
  input.forEach((idn, i) => {
    const path = `identities[${i}]`;
    if (!idn || !(IDENTITY_KINDS as readonly string[]).includes(idn.kind)) throw invalidField(`${path}.kind`, `must be one of ${IDENTITY_KINDS.join(', ')}`);
    if (idn.namespace !== undefined && typeof idn.namespace !== 'string') throw invalidField(`${path}.namespace`, 'must be a string');
    const namespace = (idn.namespace ?? '').trim();
    const global = GLOBAL_KINDS.includes(idn.kind);
    if (global && namespace !== '') throw invalidField(`${path}.namespace`, `must be empty for ${idn.kind}`);
    if (!global && (namespace === '' || namespace.length > 200)) throw invalidField(`${path}.namespace`, `is required for ${idn.kind} (the account or app id, ≤ 200 characters)`);
    if (isJunkIdentityValue(idn.value)) {
      ignored.push(i);
      return;
    }
    const kind = idn.kind;
    const value = normalizeIdentityValue(kind, String(idn.value), `${path}.value`);
    const pii = PII_KINDS.includes(kind);
    const key = { kind, namespace, value: pii ? piiLookupHash(ctx.salt, kind, value) : value };
    if (seen.has(keyString(key))) return;
    seen.add(keyString(key));
    const encrypt = () => (pii ? ctx.secrets.encrypt(value, { workspaceId: ctx.workspaceId, purpose: PII_PURPOSE }) : null);
    out.push({ kind, namespace, value, key, encrypt });
  });
  const rank = (k: IdentityKind) => ctx.rules.priority.indexOf(k);
  return { identities: out.map((p, i) => ({ p, i })).sort((a, b) => rank(a.p.kind) - rank(b.p.kind) || a.i - b.i).map((x) => x.p), ignored };
}
