import type { Database } from '@resonance/db';

export interface JobRow {
  id: string;
  name: string;
  state: string;
  retryCount: number;
  retryLimit: number;
  createdOn: Date;
  completedOn: Date | null;
  error: string | null;
}

/** Jobs of one workspace (jobs carry `workspaceId` in their data), newest first; failed ones keep their error. */
export async function listWorkspaceJobs(db: Database, workspaceId: string, state: string | undefined, limit: number, schema = 'pgboss'): Promise<JobRow[]> {
  const rows = await db.query<{
    id: string; name: string; state: string; retry_count: number; retry_limit: number;
    created_on: Date; completed_on: Date | null; output: { message?: string } | null;
  }>(
    `select id::text, name, state::text, retry_count, retry_limit, created_on, completed_on, output
       from ${schema}.job
      where data->>'workspaceId' = $1 and ($2::text is null or state::text = $2)
      order by created_on desc limit $3`,
    [workspaceId, state ?? null, limit],
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    state: r.state,
    retryCount: r.retry_count,
    retryLimit: r.retry_limit,
    createdOn: r.created_on,
    completedOn: r.completed_on,
    error: r.state === 'failed' ? (r.output?.message ?? JSON.stringify(r.output)) : null,
  }));
}
