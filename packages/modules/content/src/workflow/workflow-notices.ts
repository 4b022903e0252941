import type { WorkflowEnv } from './workflow-env.js';
import type { WorkflowItem } from './workflow.types.js';

const label = (item: Pick<WorkflowItem, 'title' | 'body'>) => {
  const t = (item.title ?? '').trim() || item.body.trim().slice(0, 30);
  return t || '(无标题 / untitled)';
};
const itemLink = (workspaceId: string, id: string) => `/w/${workspaceId}/studio/${id}`;
const inboxLink = (workspaceId: string) => `/w/${workspaceId}/review`;

/** The notifications the workflow sends (titles bilingual: the server does not know each recipient's language). */
export const notices = {
  reviewRequested: (env: WorkflowEnv, ws: string, item: WorkflowItem, level: number, role: string) =>
    env.ports.notify(env.db, env.ctx, ws, {
      roles: [role],
      kind: 'review_requested',
      title: `待审核 · Review requested: ${label(item)}`,
      body: `第 ${level} 级审核（${role}）等待你处理 / Level ${level} review (${role}) is waiting for you`,
      link: inboxLink(ws),
      email: true,
    }),
  approved: (env: WorkflowEnv, ws: string, item: WorkflowItem, automatic: boolean) =>
    env.ports.notify(env.db, env.ctx, ws, {
      userIds: [item.ownerId],
      kind: 'content_approved',
      title: `已通过审核 · Approved: ${label(item)}`,
      body: automatic ? '合规检查自动通过，可以排期 / Passed the automatic compliance check; ready to schedule' : '所有审核级别已通过，可以排期 / All review levels approved; ready to schedule',
      link: itemLink(ws, item.id),
    }),
  rejected: (env: WorkflowEnv, ws: string, item: WorkflowItem, reasons: string[], automatic: boolean) =>
    env.ports.notify(env.db, env.ctx, ws, {
      userIds: [item.ownerId],
      kind: 'content_rejected',
      title: `${automatic ? '合规检查拦截' : '审核未通过'} · ${automatic ? 'Blocked by compliance' : 'Rejected'}: ${label(item)}`,
      body: reasons.join('\n'),
      link: itemLink(ws, item.id),
      email: !automatic,
    }),
  slaBreached: (env: WorkflowEnv, ws: string, item: WorkflowItem, level: number, role: string, hours: number) =>
    env.ports.notify(env.db, env.ctx, ws, {
      roles: [role],
      userIds: [item.ownerId],
      kind: 'review_sla_breached',
      title: `审核超时 · Review overdue: ${label(item)}`,
      body: `第 ${level} 级审核已等待超过 ${hours} 小时 / Level ${level} review has waited more than ${hours} h`,
      link: inboxLink(ws),
      email: true,
    }),
  takedownNeedsAttention: (env: WorkflowEnv, ws: string, item: WorkflowItem, reasons: string[]) =>
    env.ports.notify(env.db, env.ctx, ws, {
      userIds: [item.ownerId],
      roles: ['owner', 'admin'],
      kind: 'takedown_needs_attention',
      title: `下架需人工处理 · Takedown needs attention: ${label(item)}`,
      body: `以下发布无法自动删除，请在平台上手动删除 / These posts could not be removed automatically; remove them on the platform:\n${reasons.join('\n')}`,
      link: itemLink(ws, item.id),
      email: true,
    }),
};
