import { AppError, forbidden } from '@resonance/kernel';
import { recordActivity } from '../activity/activity.repository.js';
import { lastLevel, levelAt, requiredApprovals, type ReviewLevel } from '../review-policies/policy.js';
import { inTx, type Sql } from '../tx.js';
import type { Database } from '@resonance/db';
import { illegalTransition } from './state-machine.js';
import { lockItem, step } from './transition-step.js';
import type { Actor, WorkflowEnv } from './workflow-env.js';
import { notices } from './workflow-notices.js';
import { countApprovals, insertReview, writeWorkflow } from './workflow.repository.js';
import type { WorkflowItem } from './workflow.types.js';

/** The level waiting on the item, and that the actor may review it (role of the level; not twice). */
function currentLevel(item: WorkflowItem, action: 'approve' | 'reject', actor: Actor): { level: number; def: ReviewLevel } {
  const def = item.reviewLevel !== null && item.reviewPolicy ? levelAt(item.reviewPolicy, item.reviewLevel) : null;
  if (item.status !== 'in_review' || !def) throw illegalTransition(action, item.status, action === 'approve' ? 'approved' : 'rejected');
  if (actor.role !== def.role) throw forbidden(`Level ${item.reviewLevel} is reviewed by members with the ${def.role} role`);
  return { level: item.reviewLevel!, def };
}

const alreadyReviewed = (level: number) =>
  new AppError('already_reviewed', `You already reviewed level ${level} of this item; another reviewer must approve it`, 409, { level });

async function review(s: Sql, ws: string, item: WorkflowItem, level: number, actor: Actor, decision: 'approved' | 'rejected', reason: string | null, at: Date) {
  const ok = await insertReview(s, ws, { contentId: item.id, round: item.reviewRound, level, reviewerId: actor.id ?? 'system', decision, reason, at });
  if (!ok) throw alreadyReviewed(level);
  await recordActivity(s as Database, ws, { contentId: item.id, actorId: actor.id, kind: 'review', detail: { level, decision, reason, round: item.reviewRound } }, at);
}

/**
 * One approval at the waiting level. When the level has its approvals (more for high-risk items) the
 * item moves to the next level, or — after the last one — to approved.
 */
export async function approveItem(env: WorkflowEnv, workspaceId: string, contentId: string, actor: Actor): Promise<void> {
  const now = env.ctx.clock.now();
  const outcome = await inTx(env.db, async (s) => {
    const item = await lockItem(s, workspaceId, contentId);
    const { level } = currentLevel(item, 'approve', actor);
    await review(s, workspaceId, item, level, actor, 'approved', null, now);
    const policy = item.reviewPolicy!;
    const have = await countApprovals(s, workspaceId, item.id, item.reviewRound, level);
    if (have < requiredApprovals(policy, level, item.compliance?.riskScore ?? 0)) return { item, next: null as null | { level: number; role: string } };
    if (level < lastLevel(policy)) {
      await writeWorkflow(s, workspaceId, item.id, 'in_review', { status: 'in_review', reviewLevel: level + 1, reviewSince: now }, now);
      return { item, next: { level: level + 1, role: levelAt(policy, level + 1)!.role } };
    }
    await step(s, workspaceId, item, 'approve', actor, now, { patch: { reviewLevel: null, reviewSince: null }, detail: { level } });
    return { item, next: null };
  });
  if (outcome.next) await notices.reviewRequested(env, workspaceId, outcome.item, outcome.next.level, outcome.next.role);
  else if (outcome.item.status === 'approved') await notices.approved(env, workspaceId, outcome.item, false);
}

/** A rejection at the waiting level (reason required): in_review → rejected; the owner reopens it as a draft. */
export async function rejectItem(env: WorkflowEnv, workspaceId: string, contentId: string, actor: Actor, reason: string): Promise<void> {
  const now = env.ctx.clock.now();
  const item = await inTx(env.db, async (s) => {
    const it = await lockItem(s, workspaceId, contentId);
    const { level } = currentLevel(it, 'reject', actor);
    await review(s, workspaceId, it, level, actor, 'rejected', reason, now);
    const rejection = { reasons: [reason], by: actor.id, at: now.toISOString(), level, automatic: false };
    await step(s, workspaceId, it, 'reject', actor, now, { patch: { rejection, reviewLevel: null, reviewSince: null }, detail: { level, reason } });
    return it;
  });
  await notices.rejected(env, workspaceId, item, [reason], false);
}
