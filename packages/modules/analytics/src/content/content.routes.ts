import type { Database } from '@resonance/db';
import { defineRoute, workspaceParams, type AnyRoute, type ModuleContext } from '@resonance/http';
import type { AnalyticsPorts } from '../overview.types.js';
import { compareContent } from './compare.service.js';
import { compareQuery, compareResponse, heatmapQuery, heatmapResponse, postsQuery, postsResponse } from './content.schema.js';
import type { ContentEnv } from './content-scope.js';
import { contentHeatmap } from './heatmap.service.js';
import { postLeaderboard } from './leaderboard.service.js';

async function envOf(ports: AnalyticsPorts, db: Database, workspaceId: string, now: Date): Promise<ContentEnv> {
  const [timeZone, accounts] = await Promise.all([ports.workspaceTimeZone(db, workspaceId), ports.listAccounts(db, workspaceId)]);
  return { timeZone, accounts, now };
}

export function contentRoutes(ctx: ModuleContext, ports: AnalyticsPorts): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/content/posts',
      access: 'analytics.read',
      summary:
        'Post leaderboard: posts published in [from, to] (local dates) with impressions, reach, engagements, rates, video, clicks, orders and GMV (catalog metric ids), sortable, paged',
      tags: ['analytics'],
      params: workspaceParams,
      query: postsQuery,
      response: postsResponse,
      handler: async ({ params, query }) =>
        postLeaderboard(ctx.db, params.workspaceId, query, await envOf(ports, ctx.db, params.workspaceId, ctx.clock.now())),
    }),
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/content/compare',
      access: 'analytics.read',
      summary: 'Post metrics per platform, pillar, funnel stage or account: totals of the group, post count and per-post averages',
      tags: ['analytics'],
      params: workspaceParams,
      query: compareQuery,
      response: compareResponse,
      handler: async ({ params, query }) =>
        compareContent(ctx.db, params.workspaceId, query, await envOf(ports, ctx.db, params.workspaceId, ctx.clock.now())),
    }),
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/content/heatmap',
      access: 'analytics.read',
      summary: 'Posting-time heatmap (weekday × local hour) with mean engagement rate and engagements, and the best posting hours per account with the rule used',
      tags: ['analytics'],
      params: workspaceParams,
      query: heatmapQuery,
      response: heatmapResponse,
      handler: async ({ params, query }) =>
        contentHeatmap(ctx.db, params.workspaceId, query, await envOf(ports, ctx.db, params.workspaceId, ctx.clock.now())),
    }),
  ];
}
