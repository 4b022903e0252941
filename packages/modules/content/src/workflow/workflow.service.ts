import { can, forbidden, invalidField, notFound, type Role } from '@resonance/kernel';
import { FIRST_HUMAN_LEVEL, levelAt, requiredApprovals } from '../review-policies/policy.js';
import { ACTION_PERMISSION } from './action-permissions.js';
import { approveItem, rejectItem } from './review.service.js';
import { scheduleItem, simpleTransition, takedownItem } from './lifecycle.service.js';
import { userActionsFrom, type ContentState, type UserAction } from './state-machine.js';
import { submitItem } from './submit.service.js';
import type { Actor, WorkflowEnv } from './workflow-env.js';
import { findWorkflowItem, selectReviews } from './workflow.repository.js';
import type { Rejection, ReviewRecord, StoredComplianceReport, WorkflowItem } from './workflow.types.js';

export interface TransitionRequest {
  action: UserAction;
  reason?: string;
  scheduledAt?: Date;
}

/** The level waiting for review, with its clock. */
export interface WaitingReview {
  round: number;
  level: number;
  role: string;
  requiredApprovals: number;
  approvals: number;
  since: Date;
  slaHours: number;
  dueAt: Date;
  overdue: boolean;
}

export interface WorkflowView {
  contentId: string;
  status: ContentState;
  ownerId: string;
  brandId: string | null;
  statusChangedAt: Date | null;
  compliance: StoredComplianceReport | null;
  rejection: Rejection | null;
  /** Human levels of the policy the item was submitted under (numbered from 2; level 1 is the compliance check). */
  levels: { level: number; role: string; approvals: number; slaHours: number }[];
  waiting: WaitingReview | null;
  /** Reviews of the current (latest) round. */
  reviews: ReviewRecord[];
  /** What the caller may do now (state × permission × review level). */
  allowedActions: UserAction[];
}

export function waitingReview(item: WorkflowItem, reviews: ReviewRecord[], now: Date): WaitingReview | null {
  if (item.status !== 'in_review' || item.reviewLevel === null || !item.reviewPolicy || !item.reviewSince) return null;
  const def = levelAt(item.reviewPolicy, item.reviewLevel);
  if (!def) return null;
  const dueAt = new Date(item.reviewSince.getTime() + def.slaHours * 3_600_000);
  return {
    round: item.reviewRound,
    level: item.reviewLevel,
    role: def.role,
    requiredApprovals: requiredApprovals(item.reviewPolicy, item.reviewLevel, item.compliance?.riskScore ?? 0),
    approvals: reviews.filter((r) => r.round === item.reviewRound && r.level === item.reviewLevel && r.decision === 'approved').length,
    since: item.reviewSince,
    slaHours: def.slaHours,
    dueAt,
    overdue: now.getTime() > dueAt.getTime(),
  };
}

function allowedActions(item: WorkflowItem, waiting: WaitingReview | null, reviews: ReviewRecord[], actor: Actor): UserAction[] {
  return userActionsFrom(item.status).filter((a) => {
    if (!actor.role || !can(actor.role, ACTION_PERMISSION[a])) return false;
    if (a !== 'approve' && a !== 'reject') return true;
    if (!waiting || waiting.role !== actor.role) return false;
    return !reviews.some((r) => r.round === waiting.round && r.level === waiting.level && r.reviewerId === actor.id);
  });
}

export async function getWorkflowView(env: WorkflowEnv, workspaceId: string, contentId: string, actor: Actor): Promise<WorkflowView> {
  const item = await findWorkflowItem(env.db, workspaceId, contentId);
  if (!item) throw notFound('content item');
  const all = await selectReviews(env.db, workspaceId, contentId);
  const reviews = all.filter((r) => r.round === item.reviewRound);
  const waiting = waitingReview(item, reviews, env.ctx.clock.now());
  return {
    contentId: item.id,
    status: item.status,
    ownerId: item.ownerId,
    brandId: item.brandId,
    statusChangedAt: item.statusChangedAt,
    compliance: item.compliance,
    rejection: item.rejection,
    levels: (item.reviewPolicy?.levels ?? []).map((l, i) => ({ level: FIRST_HUMAN_LEVEL + i, role: l.role, approvals: l.approvals, slaHours: l.slaHours })),
    waiting,
    reviews,
    allowedActions: allowedActions(item, waiting, reviews, actor),
  };
}

/** Every review of the item, all rounds, oldest first. */
export async function listReviews(env: WorkflowEnv, workspaceId: string, contentId: string): Promise<ReviewRecord[]> {
  if (!(await findWorkflowItem(env.db, workspaceId, contentId))) throw notFound('content item');
  return selectReviews(env.db, workspaceId, contentId);
}

/** Runs one action for a member: the action's permission (403), then the state machine (409), then the service. */
export async function applyTransition(env: WorkflowEnv, workspaceId: string, contentId: string, actor: Actor, req: TransitionRequest): Promise<WorkflowView> {
  const permission = ACTION_PERMISSION[req.action];
  if (!actor.role || !can(actor.role as Role, permission)) throw forbidden(`${req.action} needs the ${permission} permission`);
  switch (req.action) {
    case 'submit':
      await submitItem(env, workspaceId, contentId, actor);
      break;
    case 'approve':
      await approveItem(env, workspaceId, contentId, actor);
      break;
    case 'reject': {
      const reason = req.reason?.trim();
      if (!reason) throw invalidField('body.reason', 'is required to reject');
      await rejectItem(env, workspaceId, contentId, actor, reason);
      break;
    }
    case 'schedule':
      await scheduleItem(env, workspaceId, contentId, actor, req.scheduledAt);
      break;
    case 'takedown':
      await takedownItem(env, workspaceId, contentId, actor);
      break;
    default:
      await simpleTransition(env, workspaceId, contentId, req.action, actor);
  }
  return getWorkflowView(env, workspaceId, contentId, actor);
}
