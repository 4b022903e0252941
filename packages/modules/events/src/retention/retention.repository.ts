import type { Database } from '@resonance/db';

export interface EventRetention {
  /** Null: events are kept forever. */
  retentionDays: number | null;
  updatedAt: Date | null;
  updatedBy: string | null;
}

export async function selectRetention(db: Pick<Database, 'query'>, workspaceId: string): Promise<EventRetention> {
  const rows = await db.query<{ retention_days: number | null; updated_at: Date; updated_by: string | null }>(
    `select retention_days, updated_at, updated_by from events_retention where workspace_id = $1`,
    [workspaceId],
  );
  const r = rows[0];
  return r ? { retentionDays: r.retention_days, updatedAt: r.updated_at, updatedBy: r.updated_by } : { retentionDays: null, updatedAt: null, updatedBy: null };
}

export async function upsertRetention(db: Pick<Database, 'query'>, workspaceId: string, days: number | null, now: Date, by: string | null): Promise<void> {
  await db.query(
    `insert into events_retention (workspace_id, retention_days, updated_at, updated_by) values ($1, $2, $3, $4)
     on conflict (workspace_id) do update set retention_days = excluded.retention_days, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    [workspaceId, days, now, by],
  );
}

/** Workspaces that set a retention period. */
export async function selectActiveRetentions(db: Pick<Database, 'query'>): Promise<{ workspaceId: string; retentionDays: number }[]> {
  const rows = await db.query<{ workspace_id: string; retention_days: number }>(
    `select workspace_id, retention_days from events_retention where retention_days is not null order by workspace_id`,
  );
  return rows.map((r) => ({ workspaceId: r.workspace_id, retentionDays: r.retention_days }));
}

/** Deletes up to `limit` events of the workspace that occurred before `cutoff` (uses events_workspace_time_idx). */
export async function deleteEventsBefore(db: Pick<Database, 'query'>, workspaceId: string, cutoff: Date, limit: number): Promise<number> {
  const rows = await db.query<{ n: number }>(
    `with d as (
       delete from events where seq in (
         select seq from events where workspace_id = $1 and occurred_at < $2 limit $3)
       returning 1)
     select count(*)::int as n from d`,
    [workspaceId, cutoff, limit],
  );
  return rows[0]!.n;
}
