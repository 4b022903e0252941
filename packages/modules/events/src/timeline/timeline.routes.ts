import type { Database } from '@resonance/db';
import { defineRoute, workspaceParams, type AnyRoute } from '@resonance/http';
import { timelineQuery, timelineResponse } from './timeline.schema.js';
import { fanTimeline } from './timeline.service.js';

export function timelineRoutes(deps: { db: Database }): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/events',
      access: 'fans.read',
      summary: "A fan's event timeline, newest first: the events of the given fan ids (a profile's mergedFanIds); e-mail and phone in properties masked without fans.pii",
      tags: ['events'],
      params: workspaceParams,
      query: timelineQuery,
      response: timelineResponse,
      handler: async ({ params, query, role, raw }) =>
        // the query parser keeps the first value of a repeated parameter: read every fanId here
        fanTimeline(deps.db, params.workspaceId, { fanIds: raw.req.queries('fanId') ?? [], before: query.before, limit: query.limit, name: query.name }, role),
    }),
  ];
}
