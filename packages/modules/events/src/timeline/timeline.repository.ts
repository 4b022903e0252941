import type { Database } from '@resonance/db';

export interface TimelineRow {
  seq: string;
  name: string;
  fan_id: string;
  occurred_at: Date;
  platform: string;
  account_id: string | null;
  publication_id: string | null;
  source_id: string;
  properties: Record<string, unknown> | null;
}

/** Position of an event in the timeline order, or undefined when the workspace has no such event. */
export async function selectEventPosition(db: Database, workspaceId: string, seq: string): Promise<{ occurred_at: Date; seq: string } | undefined> {
  const rows = await db.query<{ occurred_at: Date; seq: string }>(
    'select occurred_at, seq::text as seq from events where workspace_id = $1 and seq = $2::bigint',
    [workspaceId, seq],
  );
  return rows[0];
}

/**
 * Events of the given fans, newest first (occurred_at desc, seq desc), strictly after `before` in
 * that order. Per fan a lateral read of events_fan_idx (workspace_id, fan_id, occurred_at desc)
 * takes at most `limit` rows, so a page costs ≤ fans × limit index reads however long the history.
 */
export async function selectTimeline(
  db: Database,
  workspaceId: string,
  opts: { fanIds: readonly string[]; before?: { occurred_at: Date; seq: string }; name?: string; limit: number },
): Promise<TimelineRow[]> {
  const params: unknown[] = [workspaceId, opts.fanIds, opts.limit];
  const where = ['e.workspace_id = $1', 'e.fan_id = f.id'];
  if (opts.before) {
    params.push(opts.before.occurred_at, opts.before.seq);
    // the first condition bounds the index range, the second breaks ties on the same instant
    where.push(`e.occurred_at <= $4`, `(e.occurred_at, e.seq) < ($4::timestamptz, $5::bigint)`);
  }
  if (opts.name) {
    params.push(opts.name);
    where.push(`e.name = $${params.length}`);
  }
  return db.query<TimelineRow>(
    `select e.seq::text as seq, e.name, e.fan_id, e.occurred_at, e.platform, e.account_id, e.publication_id, e.source_id, e.properties
       from unnest($2::text[]) as f(id)
       cross join lateral (
         select * from events e where ${where.join(' and ')}
          order by e.occurred_at desc, e.seq desc
          limit $3
       ) e
      order by e.occurred_at desc, e.seq desc
      limit $3`,
    params,
  );
}
