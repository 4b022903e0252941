/**
 * The review workflow's state machine (pure). Nobody but the workflow writes content_items.status, and
 * every write goes through `nextState`, so no sequence of actions can reach a state the table below
 * does not allow.
 */
import { AppError } from '@resonance/kernel';

export const CONTENT_STATES = [
  'draft',
  'in_review',
  'approved',
  'scheduled',
  'publishing',
  'published',
  'failed',
  'rejected',
  'withdrawn',
  'removed',
  'needs_attention',
] as const;
export type ContentState = (typeof CONTENT_STATES)[number];

/** Actions a member asks for through the API. */
export const USER_ACTIONS = ['submit', 'approve', 'reject', 'schedule', 'unschedule', 'withdraw', 'takedown', 'retry', 'reopen'] as const;
export type UserAction = (typeof USER_ACTIONS)[number];

/** Actions only the system takes: the automatic compliance level and the publishing engine. */
export const SYSTEM_ACTIONS = ['auto_approve', 'auto_block', 'start_publishing', 'publish_succeeded', 'publish_failed'] as const;
export type SystemAction = (typeof SYSTEM_ACTIONS)[number];
export type WorkflowAction = UserAction | SystemAction;

interface Rule {
  from: readonly ContentState[];
  /** Several targets when the outcome decides (a takedown the platform could not complete). */
  to: readonly ContentState[];
}

/** The whole state model. */
export const TRANSITIONS: Readonly<Record<WorkflowAction, Rule>> = {
  submit: { from: ['draft'], to: ['in_review'] },
  auto_approve: { from: ['in_review'], to: ['approved'] },
  auto_block: { from: ['in_review'], to: ['rejected'] },
  // The last human level approving; earlier levels record a review and keep the item in_review.
  approve: { from: ['in_review'], to: ['approved'] },
  reject: { from: ['in_review'], to: ['rejected'] },
  reopen: { from: ['rejected', 'withdrawn'], to: ['draft'] },
  withdraw: { from: ['in_review', 'approved', 'scheduled'], to: ['withdrawn'] },
  schedule: { from: ['approved'], to: ['scheduled'] },
  unschedule: { from: ['scheduled'], to: ['approved'] },
  start_publishing: { from: ['scheduled'], to: ['publishing'] },
  publish_succeeded: { from: ['publishing'], to: ['published'] },
  publish_failed: { from: ['publishing'], to: ['failed'] },
  retry: { from: ['failed'], to: ['scheduled'] },
  takedown: { from: ['published', 'needs_attention'], to: ['removed', 'needs_attention'] },
};

export interface TransitionDetails extends Record<string, unknown> {
  action: WorkflowAction;
  from: ContentState;
  to: ContentState | null;
}

/** 409 `illegal_transition`, naming from and to (to is null when the action leads nowhere from `from`). */
export function illegalTransition(action: WorkflowAction, from: ContentState, to: ContentState | null): AppError {
  const target = to ?? TRANSITIONS[action].to.join('|');
  return new AppError('illegal_transition', `cannot ${action} content in state ${from} (→ ${target})`, 409, { action, from, to } satisfies TransitionDetails);
}

export function isContentState(v: unknown): v is ContentState {
  return typeof v === 'string' && (CONTENT_STATES as readonly string[]).includes(v);
}

/** Whether `action` is possible from `from` at all. */
export function canTake(from: ContentState, action: WorkflowAction): boolean {
  return TRANSITIONS[action].from.includes(from);
}

/**
 * The state `action` leads to from `from`; `outcome` chooses among several targets (takedown).
 * Throws `illegal_transition` when the table does not allow it.
 */
export function nextState(from: ContentState, action: WorkflowAction, outcome?: ContentState): ContentState {
  const rule = TRANSITIONS[action];
  const to = outcome ?? (rule.to.length === 1 ? rule.to[0]! : null);
  if (!rule.from.includes(from) || to === null || !rule.to.includes(to)) throw illegalTransition(action, from, to);
  return to;
}

/** Every edge (from → to) the model allows, e.g. for documentation and tests. */
export function allowedEdges(): Set<string> {
  const edges = new Set<string>();
  for (const rule of Object.values(TRANSITIONS)) for (const f of rule.from) for (const t of rule.to) edges.add(`${f}->${t}`);
  return edges;
}

/** User actions the state allows (permission is checked separately). */
export function userActionsFrom(state: ContentState): UserAction[] {
  return USER_ACTIONS.filter((a) => canTake(state, a));
}
