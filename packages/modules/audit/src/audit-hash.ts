import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';

/** The prev_hash of the first entry of every chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** Every field of an entry that the hash covers (all of them except seq and the hashes). */
export interface HashedFields {
  id: string;
  workspaceId: string | null;
  chainSeq: number;
  actorType: string;
  actorId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  userAgent: string | null;
  before: unknown;
  after: unknown;
  createdAt: Date;
}

export function entryHash(prevHash: string, f: HashedFields): string {
  const payload = canonicalJson({ ...f, createdAt: f.createdAt.toISOString() });
  return createHash('sha256').update(prevHash + payload, 'utf8').digest('hex');
}

/** The advisory-lock key of a chain (workspace id, or the system chain). */
export function chainKey(workspaceId: string | null): string {
  return workspaceId === null ? 'audit:system' : `audit:ws:${workspaceId}`;
}
