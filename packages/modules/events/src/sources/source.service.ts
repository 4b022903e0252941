import type { Database } from '@resonance/db';
import { invalidField, newId, notFound, systemClock, unauthorized, type Clock } from '@resonance/kernel';
import { findSourceByKeyHash, findSourceRow, insertSource, listSourceRows, markSourceRevoked } from './source.repository.js';
import { newSourceBody, type EventSource, type NewSource } from './source.schema.js';
import { hashWriteKey, newWriteKey, writeKeyDisplayPrefix } from './write-key.js';

/**
 * Creates a source with a fresh write key. The key is returned here once; only its sha256 is stored.
 * The caller (route or CLI) has already established that the workspace exists.
 */
export async function createSource(
  db: Database,
  workspaceId: string,
  input: NewSource,
  clock: Clock = systemClock,
): Promise<EventSource & { writeKey: string }> {
  if (!workspaceId) throw invalidField('workspaceId', 'is required');
  const parsed = newSourceBody.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw invalidField(['body', ...issue.path.map(String)].join('.'), issue.message);
  }
  const now = clock.now();
  const writeKey = newWriteKey();
  const source = await insertSource(db, {
    id: newId('src', now.getTime()),
    workspaceId,
    name: parsed.data.name,
    kind: parsed.data.kind,
    keyHash: hashWriteKey(writeKey),
    keyPrefix: writeKeyDisplayPrefix(writeKey),
    createdAt: now,
  });
  return { ...source, writeKey };
}

export const listSources = (db: Database, workspaceId: string): Promise<EventSource[]> => listSourceRows(db, workspaceId);

export async function getSource(db: Database, workspaceId: string, sourceId: string): Promise<EventSource> {
  const source = await findSourceRow(db, workspaceId, sourceId);
  if (!source) throw notFound('source');
  return source;
}

/** Revokes the key for good (idempotent: revoking twice keeps the first time). Ingestion with it then gets 401. */
export async function revokeSource(db: Database, workspaceId: string, sourceId: string, clock: Clock = systemClock): Promise<EventSource> {
  const source = await markSourceRevoked(db, workspaceId, sourceId, clock.now());
  if (!source) throw notFound('source');
  return source;
}

/** The live source of a write key, or 401 (unknown and revoked keys look the same). */
export async function authenticateWriteKey(db: Database, writeKey: string | undefined): Promise<EventSource> {
  if (!writeKey) throw unauthorized('A write key is required (HTTP Basic `key:`, Bearer, or `writeKey`/`api_key` in the body)');
  const source = await findSourceByKeyHash(db, hashWriteKey(writeKey));
  if (!source) throw unauthorized('Invalid or revoked write key');
  return source;
}
