import type { Database } from '@resonance/db';
import { actorId, defineRoute, workspaceParams, type AnyRoute, type ModuleContext } from '@resonance/http';
import type { ContentModuleDeps } from '../deps.js';
import { addToQueueParams, addToQueueResponse, queueBody, queueDetailResponse, queueListResponse, queueParams, queueSchema } from './queues.schema.js';
import { addToQueue, getQueue, listQueues, saveQueue, type QueueEnv } from './queues.service.js';

export function queueRoutes(ctx: ModuleContext, deps: ContentModuleDeps): AnyRoute[] {
  const env = async (db: Database, workspaceId: string): Promise<QueueEnv> => {
    const [timeZone, accounts] = await Promise.all([deps.workspaceTimeZone(db, workspaceId), deps.listAccounts(db, workspaceId)]);
    return { timeZone, accounts, now: ctx.clock.now() };
  };
  return [
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/queues',
      access: 'content.read',
      summary: 'Publishing queues of every account: weekly time slots (workspace time zone) and the next slots',
      tags: ['calendar'],
      params: workspaceParams,
      response: queueListResponse,
      handler: async ({ params }) => {
        const e = await env(ctx.db, params.workspaceId);
        return { timeZone: e.timeZone, items: await listQueues(ctx.db, params.workspaceId, e) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/queues/{accountId}',
      access: 'content.read',
      summary: "One account's queue with best-time suggestions (the analytics heatmap, else the platform's documented default) and the rule that produced them",
      tags: ['calendar'],
      params: queueParams,
      response: queueDetailResponse,
      handler: async ({ params }) => {
        const e = await env(ctx.db, params.workspaceId);
        return { timeZone: e.timeZone, ...(await getQueue(ctx.db, params.workspaceId, params.accountId, e, deps.bestTimes)) };
      },
    }),
    defineRoute({
      method: 'put',
      path: '/workspaces/{workspaceId}/queues/{accountId}',
      access: 'content.publish',
      summary: "Replace an account's queue slots (weekday 0 = Monday, local HH:MM)",
      tags: ['calendar'],
      params: queueParams,
      body: queueBody,
      response: queueSchema,
      audit: 'content.queue_update',
      handler: async ({ params, body, principal, audit }) => {
        const q = await saveQueue(ctx.db, params.workspaceId, params.accountId, body.slots, actorId(principal), await env(ctx.db, params.workspaceId));
        audit({ targetType: 'content_queue', targetId: q.accountId, after: { slots: q.slots } });
        return q;
      },
    }),
    defineRoute({
      method: 'post',
      path: '/workspaces/{workspaceId}/content/{contentId}/variants/{variantId}/queue',
      access: 'content.publish',
      summary: "Add a variant to its account's queue: the next free slot becomes its time (a variant with a future time keeps it)",
      tags: ['calendar'],
      params: addToQueueParams,
      status: 200,
      response: addToQueueResponse,
      audit: 'content.queue_add',
      handler: async ({ params, principal, audit }) => {
        const r = await addToQueue(ctx.db, params.workspaceId, params, actorId(principal), await env(ctx.db, params.workspaceId));
        audit({ targetType: 'content_variant', targetId: r.variantId, after: { scheduledAt: r.scheduledAt, changed: r.changed } });
        return r;
      },
    }),
  ];
}
