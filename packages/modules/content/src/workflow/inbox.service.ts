import { FIRST_HUMAN_LEVEL } from '../review-policies/policy.js';
import { json } from '../tx.js';
import type { Actor, WorkflowEnv } from './workflow-env.js';
import { findWorkflowItem, selectReviews } from './workflow.repository.js';
import { waitingReview, type WaitingReview } from './workflow.service.js';
import type { StoredFinding } from './workflow.types.js';

export interface InboxEntry {
  contentId: string;
  title: string | null;
  excerpt: string;
  brandId: string | null;
  ownerId: string;
  riskScore: number;
  decision: string | null;
  findings: StoredFinding[];
  waiting: WaitingReview;
  /** Hours since the level started waiting (one decimal). */
  waitingHours: number;
}

/**
 * Items waiting at a level whose role is the caller's and that the caller has not reviewed yet in this
 * round; overdue first, then the longest waiting.
 */
export async function reviewInbox(env: WorkflowEnv, workspaceId: string, actor: Actor): Promise<{ items: InboxEntry[] }> {
  if (!actor.role) return { items: [] };
  const rows = await env.db.query<{ id: string }>(
    `select i.id from content_items i
      where i.workspace_id = $1 and i.status = 'in_review' and i.review_level is not null
        and i.review_policy -> 'levels' -> (i.review_level - ${FIRST_HUMAN_LEVEL}) ->> 'role' = $2
        and not exists (select 1 from content_reviews r where r.workspace_id = $1 and r.content_id = i.id
                           and r.round = i.review_round and r.level = i.review_level and r.reviewer_id = $3)
      order by i.review_since, i.id
      limit 200`,
    [workspaceId, actor.role, actor.id ?? ''],
  );
  const now = env.ctx.clock.now();
  const items: InboxEntry[] = [];
  for (const { id } of rows) {
    const item = await findWorkflowItem(env.db, workspaceId, id);
    if (!item) continue;
    const waiting = waitingReview(item, (await selectReviews(env.db, workspaceId, id)).filter((r) => r.round === item.reviewRound), now);
    if (!waiting) continue;
    const report = item.compliance ? json(item.compliance) : null;
    items.push({
      contentId: item.id,
      title: item.title,
      excerpt: item.body.slice(0, 140),
      brandId: item.brandId,
      ownerId: item.ownerId,
      riskScore: report?.riskScore ?? 0,
      decision: report?.decision ?? null,
      findings: report?.findings ?? [],
      waiting,
      waitingHours: Math.round(((now.getTime() - waiting.since.getTime()) / 3_600_000) * 10) / 10,
    });
  }
  items.sort((a, b) => Number(b.waiting.overdue) - Number(a.waiting.overdue) || a.waiting.since.getTime() - b.waiting.since.getTime());
  return { items };
}
