import type { Database } from '@resonance/db';
import { notFound } from '@resonance/kernel';
import { recordActivity } from '../activity/activity.repository.js';
import type { Sql } from '../tx.js';
import { illegalTransition, nextState, type ContentState, type WorkflowAction } from './state-machine.js';
import type { Actor } from './workflow-env.js';
import { findWorkflowItem, writeWorkflow, type WorkflowPatch } from './workflow.repository.js';
import type { WorkflowItem } from './workflow.types.js';

/** Reads and locks the item for the rest of the transaction; another workspace's item is not found. */
export async function lockItem(s: Sql, workspaceId: string, contentId: string): Promise<WorkflowItem> {
  const item = await findWorkflowItem(s, workspaceId, contentId, { forUpdate: true });
  if (!item) throw notFound('content item');
  return item;
}

/**
 * One transition inside a transaction: checks it against the state machine, writes the status (guarded
 * by the current one) with `patch`, and records a `transition` activity entry. Mutates `item.status`.
 */
export async function step(
  s: Sql,
  workspaceId: string,
  item: WorkflowItem,
  action: WorkflowAction,
  actor: Actor,
  at: Date,
  opts: { outcome?: ContentState; patch?: Omit<WorkflowPatch, 'status'>; detail?: Record<string, unknown> } = {},
): Promise<ContentState> {
  const from = item.status;
  const to = nextState(from, action, opts.outcome);
  if (!(await writeWorkflow(s, workspaceId, item.id, from, { ...opts.patch, status: to }, at))) throw illegalTransition(action, from, to);
  // recordActivity only needs `query`; inside the transaction it writes through the same session.
  await recordActivity(s as Database, workspaceId, { contentId: item.id, actorId: actor.id, kind: 'transition', detail: { action, from, to, ...opts.detail } }, at);
  item.status = to;
  return to;
}
