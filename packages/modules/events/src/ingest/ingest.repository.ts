import type { Database } from '@resonance/db';
import { invalidField } from '@resonance/kernel';
import type { IngestEvent } from './ingest.types.js';

export interface InsertOnceResult {
  /** Rows written now. */
  inserted: number;
  /** Events whose (source, messageId) was already stored, before or earlier in the same request. */
  duplicates: number;
}

/**
 * Inserts a request's events in ONE statement (atomic: all or none), skipping every event whose
 * (workspace, source, messageId) is already stored — the partial unique index `events_message_key`
 * makes that permanent and race-free, `on conflict do nothing` makes it silent. Unlike `appendEvents`
 * (bulk COPY for loads), this is the ingestion path: idempotent, and names may be any SDK event name.
 */
export async function insertEventsOnce(
  db: Database,
  workspaceId: string,
  sourceId: string,
  platform: string,
  receivedAt: Date,
  events: readonly IngestEvent[],
): Promise<InsertOnceResult> {
  if (!workspaceId) throw invalidField('workspaceId', 'is required');
  if (!sourceId) throw invalidField('sourceId', 'is required');
  if (events.length === 0) return { inserted: 0, duplicates: 0 };
  const rows = events.map((e) => ({
    message_id: e.messageId,
    name: e.name,
    fan_id: e.fanId ?? null,
    platform: e.platform ?? platform,
    account_id: e.accountId ?? null,
    publication_id: e.publicationId ?? null,
    occurred_at: e.occurredAt.toISOString(),
    properties: e.properties && Object.keys(e.properties).length > 0 ? e.properties : null,
  }));
  const written = await db.query<{ seq: number }>(
    `insert into events (workspace_id, source_id, received_at, message_id, name, fan_id, platform, account_id, publication_id, occurred_at, properties)
     select $1, $2, $3, e->>'message_id', e->>'name', e->>'fan_id', e->>'platform', e->>'account_id', e->>'publication_id',
            (e->>'occurred_at')::timestamptz, nullif(e->'properties', 'null'::jsonb)
       from jsonb_array_elements($4::jsonb) with ordinality as x(e, n)
      order by x.n
     on conflict (workspace_id, source_id, message_id) where message_id is not null do nothing
     returning seq`,
    [workspaceId, sourceId, receivedAt, JSON.stringify(rows)],
  );
  return { inserted: written.length, duplicates: events.length - written.length };
}
