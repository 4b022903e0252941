import type { Database } from '@resonance/db';
import { unauthorized } from '@resonance/kernel';
import type { EventSource } from './source.schema.js';
import { authenticateWriteKey } from './source.service.js';

export interface WriteKeyCache {
  /** The live source of a write key (401 otherwise), from memory when looked up in the last `ttlMs`. */
  authenticate(writeKey: string | undefined): Promise<EventSource>;
  /** Drops a source at once (its revocation in this process). */
  forget(sourceId: string): void;
}

/**
 * Ingestion authenticates every request by write key; remembering the answer for a few seconds
 * saves a database round trip per request. A revoke takes effect at once in the process that made
 * it and within `ttlMs` in the others. Unknown keys are not remembered.
 */
export function createWriteKeyCache(db: Database, now: () => number, ttlMs = 5_000): WriteKeyCache {
  const byKey = new Map<string, { source: EventSource; at: number }>();
  return {
    async authenticate(writeKey) {
      if (!writeKey) return authenticateWriteKey(db, writeKey);
      const hit = byKey.get(writeKey);
      if (hit && now() - hit.at < ttlMs) return hit.source;
      const source = await authenticateWriteKey(db, writeKey);
      if (source.revokedAt) throw unauthorized('Invalid or revoked write key');
      if (byKey.size > 10_000) byKey.clear();
      byKey.set(writeKey, { source, at: now() });
      return source;
    },
    forget(sourceId) {
      for (const [k, v] of byKey) if (v.source.id === sourceId) byKey.delete(k);
    },
  };
}
