import { defineRoute, workspaceParams, type AnyRoute, type ModuleContext } from '@resonance/http';
import type { AnalyticsPorts } from '../overview.types.js';
import { ivWeightsOf } from './iv-weights.repository.js';
import { trendBody, trendResponse } from './trend.schema.js';
import { computeTrend } from './trend.service.js';

export function trendRoutes(ctx: ModuleContext, ports: AnalyticsPorts): AnyRoute[] {
  return [
    defineRoute({
      method: 'post',
      path: '/workspaces/{workspaceId}/queries/trend',
      access: 'analytics.read',
      summary: 'Trends: catalog metrics or event measures per hour/day/week/month (workspace zone), with breakdown, filters and the previous period',
      tags: ['analytics'],
      params: workspaceParams,
      body: trendBody,
      status: 200,
      audit: false,
      response: trendResponse,
      handler: async ({ params, body }) => {
        const [timeZone, ivWeights] = await Promise.all([ports.workspaceTimeZone(ctx.db, params.workspaceId), ivWeightsOf(ctx.db, params.workspaceId)]);
        return computeTrend(ctx.db, params.workspaceId, body, { timeZone, ivWeights });
      },
    }),
  ];
}
