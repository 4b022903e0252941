import type { Database } from '@resonance/db';
import type { IdentityKind } from './fans.types.js';
import { normalizeIdentityValue, piiLookupHash } from './pii.js';

/** What the fans list can be narrowed by (all optional; combined with AND). */
export interface FanFilters {
  /** Display name (substring, case-insensitive), a full identity value, a trait value (substring) or a fan id. */
  q?: string;
  /** Holds an identity of this kind. */
  kind?: IdentityKind;
  /** Holds a platform user id of this account (namespace). */
  accountId?: string;
  /** Current consent for this purpose is granted. */
  consent?: string;
  /** last_seen_at ≥ seenAfter. */
  seenAfter?: Date;
  /** last_seen_at < seenBefore. */
  seenBefore?: Date;
  /** The trait equals the value as text, or is a list containing it. */
  trait?: { key: string; value: string };
}

/** `key=value` → { key, value } (the first `=` splits). */
export function parseTraitFilter(s: string): { key: string; value: string } {
  const at = s.indexOf('=');
  return { key: s.slice(0, at), value: s.slice(at + 1) };
}

/** Lookup hashes of `q` read as an e-mail address and as a phone number (whichever it can be). */
export async function piiHashesOf(db: Pick<Database, 'query'>, workspaceId: string, q: string): Promise<string[]> {
  const rows = await db.query<{ lookup_salt: string }>('select lookup_salt from fans_settings where workspace_id = $1', [workspaceId]);
  const salt = rows[0]?.lookup_salt;
  if (!salt) return []; // nobody in this workspace has PII identities yet
  const hashes: string[] = [];
  for (const kind of ['email', 'phone'] as const) {
    try {
      hashes.push(piiLookupHash(salt, kind, normalizeIdentityValue(kind, q, 'q')));
    } catch {
      /* not a value of this kind */
    }
  }
  return hashes;
}
