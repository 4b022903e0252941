import type { Database } from '@resonance/db';
import { invalidField } from '@resonance/kernel';

/** A row for the ingestion insert (JSON-friendly: times as ISO strings). */
export interface EventRow {
  source_id: string;
  received_at: string;
  message_id: string | null;
  name: string;
  fan_id: string | null;
  platform: string;
  account_id: string | null;
  publication_id: string | null;
  occurred_at: string;
  properties: Record<string, unknown> | null;
}

/**
 * Inserts rows of one workspace in ONE statement (atomic: all or none), skipping every row whose
 * (workspace, source, messageId) is already stored — the partial unique index `events_message_key`
 * makes that permanent and race-free, `on conflict do nothing` makes it silent (also for a repeat
 * inside the same statement). Returns the keys of the rows written. Unlike `appendEvents` (bulk COPY
 * for loads), this is the ingestion path: idempotent, and names may be any SDK event name.
 */
export async function insertEventRows(db: Database, workspaceId: string, rows: readonly EventRow[]): Promise<{ source_id: string; message_id: string | null }[]> {
  if (!workspaceId) throw invalidField('workspaceId', 'is required');
  if (rows.length === 0) return [];
  return db.query<{ source_id: string; message_id: string | null }>(
    `insert into events (workspace_id, source_id, received_at, message_id, name, fan_id, platform, account_id, publication_id, occurred_at, properties)
     select $1, e->>'source_id', (e->>'received_at')::timestamptz, e->>'message_id', e->>'name', e->>'fan_id', e->>'platform', e->>'account_id',
            e->>'publication_id', (e->>'occurred_at')::timestamptz, nullif(e->'properties', 'null'::jsonb)
       from jsonb_array_elements($2::jsonb) with ordinality as x(e, n)
      order by x.n
     on conflict (workspace_id, source_id, message_id) where message_id is not null do nothing
     returning source_id, message_id`,
    [workspaceId, JSON.stringify(rows)],
  );
}

/**
 * Gives earlier anonymous events to the fan an identify just linked their anonymous id to
 * (anonymous id → fan). Uses the partial index on `properties->>'$anonymous_id'` where fan_id is null.
 */
export async function attachAnonymousEvents(db: Database, workspaceId: string, linked: ReadonlyMap<string, string>): Promise<number> {
  const rows = await db.query<{ n: number }>(
    `with l as (select * from unnest($2::text[], $3::text[]) as t(anon, fan_id)),
          u as (update events e set fan_id = l.fan_id from l
                 where e.workspace_id = $1 and e.fan_id is null and e.properties->>'$anonymous_id' = l.anon returning 1)
     select count(*)::int as n from u`,
    [workspaceId, [...linked.keys()], [...linked.values()]],
  );
  return rows[0]!.n;
}
