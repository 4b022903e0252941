import { defineRoute, workspaceParams, type AnyRoute, type ModuleContext } from '@resonance/http';
import { loadOverview } from './load-overview.js';
import { overviewQuery, overviewResponse } from './overview.schema.js';
import type { AnalyticsPorts } from './overview.types.js';
import { trendRoutes } from './trends/trend.routes.js';

export function analyticsRoutes(ctx: ModuleContext, ports: AnalyticsPorts): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/overview',
      access: 'analytics.read',
      summary: 'Overview: followers, posts, impressions, engagements and rate for the last N days against the N before, top posts, daily series',
      tags: ['analytics'],
      params: workspaceParams,
      query: overviewQuery,
      response: overviewResponse,
      handler: async ({ params, query }) =>
        loadOverview(ports, ctx.db, params.workspaceId, { days: query.days, accountId: query.accountId, now: ctx.clock.now() }),
    }),
    ...trendRoutes(ctx, ports),
  ];
}
