import { defineRoute, workspaceParams, type AnyRoute, type ModuleContext } from '@resonance/http';
import type { AnalyticsPorts } from '../overview.types.js';
import { pathsBody, pathsResponse } from './paths.schema.js';
import { runPaths } from './paths.service.js';

export function pathsRoutes(ctx: ModuleContext, ports: Pick<AnalyticsPorts, 'workspaceTimeZone'>): AnyRoute[] {
  return [
    defineRoute({
      method: 'post',
      path: '/workspaces/{workspaceId}/queries/paths',
      access: 'analytics.read',
      summary: 'Paths: the most common sequences of events after or before an event (consecutive repeats collapsed), with occurrences and fans',
      tags: ['analytics'],
      params: workspaceParams,
      body: pathsBody,
      status: 200,
      audit: false,
      response: pathsResponse,
      handler: async ({ params, body }) => runPaths(ctx.db, params.workspaceId, body, { timeZone: await ports.workspaceTimeZone(ctx.db, params.workspaceId) }),
    }),
  ];
}
