import type { Database } from '@resonance/db';
import { SYNC_CURSOR_PROPERTY } from './engagement-ids.js';

/** The message ids among `messageIds` that the source already stored (read through the unique message key). */
export async function storedMessageIds(db: Database, workspaceId: string, sourceId: string, messageIds: readonly string[]): Promise<Set<string>> {
  if (messageIds.length === 0) return new Set();
  const rows = await db.query<{ message_id: string }>(
    `select message_id from events where workspace_id = $1 and source_id = $2 and message_id = any($3::text[])`,
    [workspaceId, sourceId, [...messageIds]],
  );
  return new Set(rows.map((r) => r.message_id));
}

/**
 * Where the account's DM stream resumes: the cursor stored on the newest DM event of the source
 * (undefined = from the start: nothing stored yet, or the newest came from the first page).
 */
export async function dmResumeCursor(db: Database, workspaceId: string, sourceId: string): Promise<string | undefined> {
  const rows = await db.query<{ cursor: string | null }>(
    `select properties->>'${SYNC_CURSOR_PROPERTY}' as cursor from events
      where workspace_id = $1 and source_id = $2 and name = 'dm_received'
      order by seq desc limit 1`,
    [workspaceId, sourceId],
  );
  return rows[0]?.cursor ?? undefined;
}

/**
 * Per publication, where its comment stream resumes (the cursor on its newest stored comment).
 * Comments come after their post, so `since` (the oldest post's publish time) bounds the read.
 */
export async function commentResumeCursors(db: Database, workspaceId: string, sourceId: string, publicationIds: readonly string[], since: Date): Promise<Map<string, string>> {
  if (publicationIds.length === 0) return new Map();
  const rows = await db.query<{ publication_id: string; cursor: string | null }>(
    `select distinct on (publication_id) publication_id, properties->>'${SYNC_CURSOR_PROPERTY}' as cursor from events
      where workspace_id = $1 and source_id = $2 and name = 'comment' and publication_id = any($3::text[]) and occurred_at >= $4
      order by publication_id, seq desc`,
    [workspaceId, sourceId, [...publicationIds], since],
  );
  return new Map(rows.flatMap((r) => (r.cursor === null ? [] : [[r.publication_id, r.cursor] as const])));
}
