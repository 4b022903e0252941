import type { Database } from '@resonance/db';

/** What the debugger keeps per source. */
export const DEBUG_KEEP = 100;

export interface DebugRow {
  source_id: string;
  received_at: string;
  status: 'accepted' | 'duplicate' | 'rejected';
  name: string | null;
  message_id: string | null;
  fan_id: string | null;
  error_path: string | null;
  error: string | null;
  excerpt: string;
}

export interface StoredDebugRow extends Omit<DebugRow, 'received_at'> {
  id: string;
  received_at: Date;
}

export async function insertDebugRows(db: Database, workspaceId: string, rows: readonly DebugRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db.query(
    `insert into event_debug (workspace_id, source_id, received_at, status, name, message_id, fan_id, error_path, error, excerpt)
     select $1, e->>'source_id', (e->>'received_at')::timestamptz, e->>'status', e->>'name', e->>'message_id', e->>'fan_id',
            e->>'error_path', e->>'error', e->>'excerpt'
       from jsonb_array_elements($2::jsonb) with ordinality as x(e, n) order by x.n`,
    [workspaceId, JSON.stringify(rows)],
  );
}

/** Deletes all but the newest `DEBUG_KEEP` rows of a source. */
export async function pruneDebugRows(db: Database, workspaceId: string, sourceId: string): Promise<void> {
  await db.query(
    `delete from event_debug where workspace_id = $1 and source_id = $2
        and id <= (select id from event_debug where workspace_id = $1 and source_id = $2 order by id desc offset $3 limit 1)`,
    [workspaceId, sourceId, DEBUG_KEEP],
  );
}

export async function selectDebugRows(db: Database, workspaceId: string, sourceId: string, afterId?: string): Promise<StoredDebugRow[]> {
  return db.query<StoredDebugRow>(
    `select id::text as id, source_id, received_at, status, name, message_id, fan_id, error_path, error, excerpt
       from event_debug where workspace_id = $1 and source_id = $2 and ($3::bigint is null or id > $3::bigint)
      order by event_debug.id desc limit $4`,
    [workspaceId, sourceId, afterId ?? null, DEBUG_KEEP],
  );
}
