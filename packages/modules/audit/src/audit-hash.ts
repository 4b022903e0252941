import { createHash } from 'node:crypto';
import type { HashedFields } from './audit.types.js';
import { canonicalJson } from './canonical-json.js';

/** The prev_hash of the first entry of every chain. */
export const GENESIS_HASH = '0'.repeat(64);

export type { HashedFields };

export function entryHash(prevHash: string, f: HashedFields): string {
  const payload = canonicalJson({ ...f, createdAt: f.createdAt.toISOString() });
  return createHash('sha256').update(prevHash + payload, 'utf8').digest('hex');
}

/** The advisory-lock key of a chain (workspace id, or the system chain). */
export function chainKey(workspaceId: string | null): string {
  return workspaceId === null ? 'audit:system' : `audit:ws:${workspaceId}`;
}
