import { defineRoute, workspaceParams, type AnyRoute, type ModuleContext } from '@resonance/http';
import type { AnalyticsPorts } from '../overview.types.js';
import { eventNamesQuery, eventNamesResponse } from './event-names.schema.js';
import { listEventNames } from './event-names.service.js';

export function eventNamesRoutes(ctx: ModuleContext, ports: Pick<AnalyticsPorts, 'workspaceTimeZone'>): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/queries/event-names',
      access: 'analytics.read',
      summary: 'Event names seen in a range of local dates (default: the last 30 days), most frequent first — for query builders',
      tags: ['analytics'],
      params: workspaceParams,
      query: eventNamesQuery,
      response: eventNamesResponse,
      handler: async ({ params, query }) =>
        listEventNames(ctx.db, params.workspaceId, query, { timeZone: await ports.workspaceTimeZone(ctx.db, params.workspaceId), now: ctx.clock.now() }),
    }),
  ];
}
