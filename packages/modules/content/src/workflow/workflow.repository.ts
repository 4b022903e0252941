import { newId } from '@resonance/kernel';
import type { PolicyRules } from '../review-policies/policy.js';
import { json, type Sql } from '../tx.js';
import type { ContentState } from './state-machine.js';
import type { Rejection, ReviewRecord, StoredComplianceReport, WorkflowItem, WorkflowVariant } from './workflow.types.js';

interface ItemRow {
  id: string;
  brand_id: string | null;
  title: string | null;
  body: string;
  sponsored: boolean;
  owner_id: string;
  status: ContentState;
  version: number;
  compliance: StoredComplianceReport | string | null;
  review_round: number;
  review_level: number | null;
  review_since: Date | null;
  review_policy: PolicyRules | string | null;
  rejection: Rejection | string | null;
  status_changed_at: Date | null;
}

const ITEM_COLUMNS = `id, brand_id, title, body, sponsored, owner_id, status, version, compliance, review_round, review_level, review_since,
  review_policy, rejection, status_changed_at`;

const orNull = <T>(v: T | string | null): T | null => (v === null ? null : json(v));
const toItem = (r: ItemRow): WorkflowItem => ({
  id: r.id,
  brandId: r.brand_id,
  title: r.title,
  body: r.body,
  sponsored: r.sponsored,
  ownerId: r.owner_id,
  status: r.status,
  version: r.version,
  compliance: orNull(r.compliance),
  reviewRound: r.review_round,
  reviewLevel: r.review_level,
  reviewSince: r.review_since,
  reviewPolicy: orNull(r.review_policy),
  rejection: orNull(r.rejection),
  statusChangedAt: r.status_changed_at,
});

export async function findWorkflowItem(db: Sql, workspaceId: string, id: string, opts: { forUpdate?: boolean } = {}): Promise<WorkflowItem | null> {
  const [r] = await db.query<ItemRow>(
    `select ${ITEM_COLUMNS} from content_items where workspace_id = $1 and id = $2${opts.forUpdate ? ' for update' : ''}`,
    [workspaceId, id],
  );
  return r ? toItem(r) : null;
}

/** The workflow columns a transition may write; absent keys stay as they are. */
export interface WorkflowPatch {
  status: ContentState;
  compliance?: StoredComplianceReport | null;
  reviewRound?: number;
  reviewLevel?: number | null;
  reviewSince?: Date | null;
  reviewPolicy?: PolicyRules | null;
  rejection?: Rejection | null;
}

/** Writes the patch only if the item is still in `from` (a concurrent transition loses); returns whether it did. */
export async function writeWorkflow(db: Sql, workspaceId: string, id: string, from: ContentState, p: WorkflowPatch, at: Date): Promise<boolean> {
  const sets = ['status = $4', 'status_changed_at = case when status = $4 then status_changed_at else $5 end', 'updated_at = $5'];
  const values: unknown[] = [workspaceId, id, from, p.status, at];
  const add = (column: string, value: unknown, cast = '') => {
    values.push(value);
    sets.push(`${column} = $${values.length}${cast}`);
  };
  if (p.compliance !== undefined) add('compliance', p.compliance === null ? null : JSON.stringify(p.compliance), '::jsonb');
  if (p.reviewRound !== undefined) add('review_round', p.reviewRound);
  if (p.reviewLevel !== undefined) add('review_level', p.reviewLevel);
  if (p.reviewSince !== undefined) add('review_since', p.reviewSince);
  if (p.reviewPolicy !== undefined) add('review_policy', p.reviewPolicy === null ? null : JSON.stringify(p.reviewPolicy), '::jsonb');
  if (p.rejection !== undefined) add('rejection', p.rejection === null ? null : JSON.stringify(p.rejection), '::jsonb');
  const rows = await db.query<{ id: string }>(
    `update content_items set ${sets.join(', ')} where workspace_id = $1 and id = $2 and status = $3 returning id`,
    values,
  );
  return rows.length === 1;
}

export async function selectWorkflowVariants(db: Sql, workspaceId: string, contentId: string): Promise<WorkflowVariant[]> {
  const rows = await db.query<{ id: string; account_id: string; title: string | null; body: string; customised: boolean; scheduled_at: Date | null }>(
    `select id, account_id, title, body, customised, scheduled_at from content_variants
      where workspace_id = $1 and content_id = $2 order by created_at, id`,
    [workspaceId, contentId],
  );
  return rows.map((r) => ({ id: r.id, accountId: r.account_id, title: r.title, body: r.body, customised: r.customised, scheduledAt: r.scheduled_at }));
}

export async function setAllVariantTimes(db: Sql, workspaceId: string, contentId: string, at: Date, now: Date): Promise<void> {
  await db.query('update content_variants set scheduled_at = $3, updated_at = $4 where workspace_id = $1 and content_id = $2', [workspaceId, contentId, at, now]);
}

interface ReviewRow {
  id: string;
  round: number;
  level: number;
  reviewer_id: string;
  decision: 'approved' | 'rejected';
  reason: string | null;
  created_at: Date;
}
const toReview = (r: ReviewRow): ReviewRecord => ({
  id: r.id, round: r.round, level: r.level, reviewerId: r.reviewer_id, decision: r.decision, reason: r.reason, createdAt: r.created_at,
});

/** Records a review; false when this reviewer already reviewed this level in this round. */
export async function insertReview(
  db: Sql,
  workspaceId: string,
  r: { contentId: string; round: number; level: number; reviewerId: string; decision: 'approved' | 'rejected'; reason: string | null; at: Date },
): Promise<boolean> {
  const rows = await db.query<{ id: string }>(
    `insert into content_reviews (id, workspace_id, content_id, round, level, reviewer_id, decision, reason, created_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     on conflict (content_id, round, level, reviewer_id) do nothing returning id`,
    [newId('rev', r.at.getTime()), workspaceId, r.contentId, r.round, r.level, r.reviewerId, r.decision, r.reason, r.at],
  );
  return rows.length === 1;
}

export async function countApprovals(db: Sql, workspaceId: string, contentId: string, round: number, level: number): Promise<number> {
  const [r] = await db.query<{ n: number | string }>(
    `select count(*)::int as n from content_reviews
      where workspace_id = $1 and content_id = $2 and round = $3 and level = $4 and decision = 'approved'`,
    [workspaceId, contentId, round, level],
  );
  return Number(r?.n ?? 0);
}

export async function selectReviews(db: Sql, workspaceId: string, contentId: string): Promise<ReviewRecord[]> {
  const rows = await db.query<ReviewRow>(
    `select id, round, level, reviewer_id, decision, reason, created_at from content_reviews
      where workspace_id = $1 and content_id = $2 order by created_at, id`,
    [workspaceId, contentId],
  );
  return rows.map(toReview);
}
