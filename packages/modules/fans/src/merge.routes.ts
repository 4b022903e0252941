import { actorId, defineRoute, type AnyRoute, type ModuleContext } from '@resonance/http';
import { z } from 'zod';
import { fanMergeSchema, fanParams, mergeFanBody, mergeParams, mergeSummarySchema, undoResultSchema } from './fans.schema.js';
import { mergeFans } from './merge-fans.service.js';
import { fanMergeHistory } from './merge-history.service.js';
import { undoMerge } from './undo-merge.service.js';

/** Merge history, admin merges and undo. */
export function mergeRoutes(ctx: ModuleContext): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/fans/{fanId}/merges',
      access: 'fans.read',
      summary: 'Merge history of a fan (as survivor or as merged profile), newest first',
      tags: ['fans'],
      params: fanParams,
      response: z.object({ items: z.array(fanMergeSchema) }),
      handler: async ({ params, role }) => ({ items: await fanMergeHistory(ctx.db, params.workspaceId, params.fanId, { secrets: ctx.secrets, role }) }),
    }),
    defineRoute({
      method: 'post',
      path: '/workspaces/{workspaceId}/fans/{fanId}/merge',
      access: 'fans.merge',
      summary: 'Merge another profile into this one (409 when the result would exceed an identity limit or a profile was merged already)',
      tags: ['fans'],
      params: fanParams,
      body: mergeFanBody,
      status: 200,
      response: mergeSummarySchema,
      audit: 'fan.merge',
      handler: async ({ params, body, principal, audit }) => {
        const summary = await mergeFans(ctx.db, params.workspaceId, { survivorId: params.fanId, mergedId: body.mergedId, actor: actorId(principal)! }, ctx.clock);
        audit({ targetType: 'fan', targetId: summary.survivorId, before: { survivorId: params.fanId, mergedId: body.mergedId }, after: summary });
        return summary;
      },
    }),
    defineRoute({
      method: 'post',
      path: '/workspaces/{workspaceId}/fan-merges/{mergeId}/undo',
      access: 'fans.merge',
      summary: 'Undo a merge: the merged profile gets back its identities, traits and consent (409 when already undone or the survivor was merged on since)',
      tags: ['fans'],
      params: mergeParams,
      status: 200,
      response: undoResultSchema,
      audit: 'fan.merge_undo',
      handler: async ({ params, principal, audit }) => {
        const r = await undoMerge(ctx.db, params.workspaceId, params.mergeId, actorId(principal)!, ctx.clock);
        const result = { ...r, undoneAt: r.undoneAt.toISOString() };
        audit({ targetType: 'fan_merge', targetId: r.mergeId, before: { mergeId: r.mergeId, survivorId: r.survivorId, mergedId: r.restoredId, undoneAt: null }, after: result });
        return result;
      },
    }),
  ];
}
