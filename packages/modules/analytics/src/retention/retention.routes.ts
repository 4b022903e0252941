import { defineRoute, workspaceParams, type AnyRoute, type ModuleContext } from '@resonance/http';
import type { AnalyticsPorts } from '../overview.types.js';
import { retentionBody, retentionResponse } from './retention.schema.js';
import { runRetention } from './retention.service.js';

export function retentionRoutes(ctx: ModuleContext, ports: Pick<AnalyticsPorts, 'workspaceTimeZone'>): AnyRoute[] {
  return [
    defineRoute({
      method: 'post',
      path: '/workspaces/{workspaceId}/queries/retention',
      access: 'analytics.read',
      summary: 'Retention: cohorts by (first or every) start event per local day, week or month, returning by a return event; cohort table and weighted curve',
      tags: ['analytics'],
      params: workspaceParams,
      body: retentionBody,
      status: 200,
      audit: false,
      response: retentionResponse,
      handler: async ({ params, body }) =>
        runRetention(ctx.db, params.workspaceId, body, { timeZone: await ports.workspaceTimeZone(ctx.db, params.workspaceId), now: ctx.clock.now() }),
    }),
  ];
}
