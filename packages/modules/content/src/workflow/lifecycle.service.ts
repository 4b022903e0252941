import { AppError, invalidField, notFound } from '@resonance/kernel';
import { inTx } from '../tx.js';
import { nextState, type WorkflowAction } from './state-machine.js';
import { lockItem, step } from './transition-step.js';
import { SYSTEM, type Actor, type WorkflowEnv } from './workflow-env.js';
import { notices } from './workflow-notices.js';
import { findWorkflowItem, selectWorkflowVariants, setAllVariantTimes } from './workflow.repository.js';

/** withdraw / reopen / unschedule / retry: a plain move the state machine allows. */
export async function simpleTransition(env: WorkflowEnv, workspaceId: string, contentId: string, action: Extract<WorkflowAction, 'withdraw' | 'reopen' | 'unschedule' | 'retry'>, actor: Actor): Promise<void> {
  const now = env.ctx.clock.now();
  await inTx(env.db, async (s) => {
    const item = await lockItem(s, workspaceId, contentId);
    const patch = action === 'withdraw' || action === 'reopen' ? { reviewLevel: null, reviewSince: null } : {};
    await step(s, workspaceId, item, action, actor, now, { patch });
  });
}

/**
 * approved → scheduled. With `scheduledAt` every variant gets that time; then every variant must have a
 * time in the future (the calendar and queues set them one by one).
 */
export async function scheduleItem(env: WorkflowEnv, workspaceId: string, contentId: string, actor: Actor, scheduledAt?: Date): Promise<void> {
  const now = env.ctx.clock.now();
  if (scheduledAt && scheduledAt.getTime() <= now.getTime()) throw invalidField('body.scheduledAt', 'must be in the future');
  await inTx(env.db, async (s) => {
    const item = await lockItem(s, workspaceId, contentId);
    nextState(item.status, 'schedule');
    if (scheduledAt) await setAllVariantTimes(s, workspaceId, contentId, scheduledAt, now);
    const variants = await selectWorkflowVariants(s, workspaceId, contentId);
    if (variants.length === 0) throw new AppError('schedule_incomplete', 'The item has no target account to publish to; add one first', 409, { variantIds: [] });
    const missing = variants.filter((v) => v.scheduledAt === null).map((v) => v.id);
    if (missing.length) throw new AppError('schedule_incomplete', `${missing.length} variant(s) have no publish time; set one per variant or give scheduledAt`, 409, { variantIds: missing });
    const past = variants.filter((v) => v.scheduledAt!.getTime() <= now.getTime()).map((v) => v.id);
    if (past.length) throw new AppError('schedule_in_past', `${past.length} variant(s) have a publish time in the past`, 409, { variantIds: past });
    const times = variants.map((v) => ({ variantId: v.id, accountId: v.accountId, scheduledAt: v.scheduledAt!.toISOString() }));
    await step(s, workspaceId, item, 'schedule', actor, now, { detail: { variants: times } });
  });
}

/**
 * Takedown of a published item: the port deletes each publication where the connector can; if any
 * could not be removed the item becomes needs_attention and the owner and admins are alerted.
 */
export async function takedownItem(env: WorkflowEnv, workspaceId: string, contentId: string, actor: Actor): Promise<void> {
  const before = await findWorkflowItem(env.db, workspaceId, contentId);
  if (!before) throw notFound('content item');
  nextState(before.status, 'takedown', 'removed');
  const outcomes = await env.ports.takedown(env.db, env.ctx, workspaceId, contentId);
  const stuck = outcomes.filter((o) => o.outcome === 'needs_attention');
  const now = env.ctx.clock.now();
  const item = await inTx(env.db, async (s) => {
    const it = await lockItem(s, workspaceId, contentId);
    await step(s, workspaceId, it, 'takedown', actor, now, { outcome: stuck.length ? 'needs_attention' : 'removed', detail: { publications: outcomes } });
    return it;
  });
  if (stuck.length) await notices.takedownNeedsAttention(env, workspaceId, item, stuck.map((o) => `${o.accountId} · ${o.publicationId}${o.reason ? `: ${o.reason}` : ''}`));
}

/** For the publishing engine (R5): scheduled → publishing → published | failed. */
export const markPublishing = (env: WorkflowEnv, workspaceId: string, contentId: string) => systemStep(env, workspaceId, contentId, 'start_publishing');
export const markPublished = (env: WorkflowEnv, workspaceId: string, contentId: string) => systemStep(env, workspaceId, contentId, 'publish_succeeded');
export const markFailed = (env: WorkflowEnv, workspaceId: string, contentId: string, reason: string) => systemStep(env, workspaceId, contentId, 'publish_failed', { reason });

async function systemStep(env: WorkflowEnv, workspaceId: string, contentId: string, action: WorkflowAction, detail?: Record<string, unknown>): Promise<void> {
  const now = env.ctx.clock.now();
  await inTx(env.db, async (s) => {
    const item = await lockItem(s, workspaceId, contentId);
    await step(s, workspaceId, item, action, SYSTEM, now, { detail });
  });
}
