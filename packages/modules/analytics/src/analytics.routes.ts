import { defineRoute, workspaceParams, type AnyRoute, type ModuleContext } from '@resonance/http';
import { funnelRoutes } from './funnels/funnel.routes.js';
import { pathsRoutes } from './paths/paths.routes.js';
import { eventNamesRoutes } from './query-support/event-names.routes.js';
import { retentionRoutes } from './retention/retention.routes.js';
import { catalogRoutes } from './catalog/catalog.routes.js';
import { contentRoutes } from './content/content.routes.js';
import { dashboardRoutes } from './dashboards/dashboards.routes.js';
import { savedQueryRoutes } from './dashboards/saved-queries.routes.js';
import { shareLinkRoutes } from './dashboards/share-links.routes.js';
import { goalsRoutes } from './goals/goals.routes.js';
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
    ...funnelRoutes(ctx, ports),
    ...retentionRoutes(ctx, ports),
    ...pathsRoutes(ctx, ports),
    ...eventNamesRoutes(ctx, ports),
    ...trendRoutes(ctx, ports),
    ...catalogRoutes(),
    ...contentRoutes(ctx, ports),
    ...goalsRoutes(ctx, ports),
    ...savedQueryRoutes(ctx),
    ...dashboardRoutes(ctx, ports),
    ...shareLinkRoutes(ctx, ports),
  ];
}
