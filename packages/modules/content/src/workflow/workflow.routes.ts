import { actorId, defineRoute, workspaceParams, type RouteContext } from '@resonance/http';
import type { ContentRouteFactory } from '../deps.js';
import { reviewInbox } from './inbox.service.js';
import type { Actor, WorkflowEnv } from './workflow-env.js';
import { contentParams, inboxResponse, reviewListResponse, transitionBody, workflowViewSchema } from './workflow.schema.js';
import { applyTransition, getWorkflowView, listReviews } from './workflow.service.js';

const actorOf = (c: Pick<RouteContext<unknown, unknown, unknown>, 'principal' | 'role'>): Actor => ({ id: actorId(c.principal), role: c.role });

/**
 * The transitions route declares `content.read` so every member reaches it; the handler then checks the
 * permission of the requested action (ACTION_PERMISSION: submit/withdraw/reopen content.write,
 * approve/reject content.review, schedule/unschedule/takedown/retry content.publish) → 403.
 */
export const workflowRoutes: ContentRouteFactory = (ctx, deps) => {
  const env: WorkflowEnv = { db: ctx.db, ctx, ports: deps };
  return [
    defineRoute({
      method: 'post',
      path: '/workspaces/{workspaceId}/content/{contentId}/transitions',
      access: 'content.read',
      summary:
        'Workflow action: submit | approve | reject (reason) | schedule (scheduledAt sets every variant) | unschedule | withdraw | takedown | retry | reopen. ' +
        'Needs the action\'s permission (403); an action the state does not allow → 409 illegal_transition naming from and to',
      tags: ['review'],
      params: contentParams,
      body: transitionBody,
      status: 200,
      response: workflowViewSchema,
      audit: 'content.transition',
      handler: async (c) => {
        const before = (await getWorkflowView(env, c.params.workspaceId, c.params.contentId, actorOf(c))).status;
        const view = await applyTransition(env, c.params.workspaceId, c.params.contentId, actorOf(c), {
          action: c.body.action,
          reason: c.body.reason,
          scheduledAt: c.body.scheduledAt ? new Date(c.body.scheduledAt) : undefined,
        });
        c.audit({ targetType: 'content', targetId: view.contentId, before: { status: before }, after: { status: view.status, action: c.body.action, reason: c.body.reason ?? null } });
        return view;
      },
    }),
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/content/{contentId}/workflow',
      access: 'content.read',
      summary: 'Workflow state of an item: status, compliance report, rejection, waiting level and SLA, reviews, actions the caller may take',
      tags: ['review'],
      params: contentParams,
      response: workflowViewSchema,
      handler: async (c) => getWorkflowView(env, c.params.workspaceId, c.params.contentId, actorOf(c)),
    }),
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/content/{contentId}/reviews',
      access: 'content.read',
      summary: 'Every review decision on an item (all rounds), oldest first',
      tags: ['review'],
      params: contentParams,
      response: reviewListResponse,
      handler: async (c) => ({ items: await listReviews(env, c.params.workspaceId, c.params.contentId) }),
    }),
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/review/inbox',
      access: 'content.review',
      summary: 'Items waiting at a review level of my role that I have not reviewed yet: overdue first, with risk, findings and time waiting',
      tags: ['review'],
      params: workspaceParams,
      response: inboxResponse,
      handler: async (c) => reviewInbox(env, c.params.workspaceId, actorOf(c)),
    }),
  ];
};
