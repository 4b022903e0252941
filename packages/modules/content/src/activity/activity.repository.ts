import { newId } from '@resonance/kernel';
import type { Sql } from '../tx.js';

/** One entry of an item's history: every change (edit, transition, comment, reschedule) records one. */
export interface ActivityInput {
  contentId: string;
  /** User or API-token id; null for the system (jobs, the automatic compliance level). */
  actorId: string | null;
  /** e.g. created, edited, deleted, variant_added, variant_edited, variant_reset, variant_removed, link_created, transition, comment, rescheduled */
  kind: string;
  detail?: Record<string, unknown>;
}

export interface ActivityRecord {
  id: string;
  contentId: string;
  actorId: string | null;
  kind: string;
  detail: Record<string, unknown>;
  createdAt: Date;
}

interface ActivityRow {
  id: string;
  content_id: string;
  actor_id: string | null;
  kind: string;
  detail: Record<string, unknown> | string;
  created_at: Date;
}

const toRecord = (r: ActivityRow): ActivityRecord => ({
  id: r.id,
  contentId: r.content_id,
  actorId: r.actor_id,
  kind: r.kind,
  detail: typeof r.detail === 'string' ? (JSON.parse(r.detail) as Record<string, unknown>) : r.detail,
  createdAt: r.created_at,
});

/** Appends one activity entry. Pass `at` to use the module clock (tests, seeds); defaults to now. */
export async function recordActivity(db: Sql, workspaceId: string, a: ActivityInput, at: Date = new Date()): Promise<ActivityRecord> {
  const [r] = await db.query<ActivityRow>(
    `insert into content_activity (id, workspace_id, content_id, actor_id, kind, detail, created_at)
     values ($1, $2, $3, $4, $5, $6::jsonb, $7)
     returning id, content_id, actor_id, kind, detail, created_at`,
    [newId('act', at.getTime()), workspaceId, a.contentId, a.actorId, a.kind, JSON.stringify(a.detail ?? {}), at],
  );
  return toRecord(r!);
}

/** Newest first; keyset paging on (created_at, id). */
export async function listActivity(
  db: Sql,
  workspaceId: string,
  contentId: string,
  page: { limit: number; before?: { createdAt: Date; id: string } },
): Promise<ActivityRecord[]> {
  const rows = await db.query<ActivityRow>(
    `select id, content_id, actor_id, kind, detail, created_at
       from content_activity
      where workspace_id = $1 and content_id = $2
        and ($3::timestamptz is null or (created_at, id) < ($3, $4::text))
      order by created_at desc, id desc
      limit $5`,
    [workspaceId, contentId, page.before?.createdAt ?? null, page.before?.id ?? null, page.limit],
  );
  return rows.map(toRecord);
}
