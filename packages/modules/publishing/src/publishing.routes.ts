import { defineRoute, workspaceParams, type AnyRoute, type ModuleContext } from '@resonance/http';
import { publicationListResponse, publicationsQuery } from './publishing.schema.js';
import { listPublications } from './publications.service.js';

export function publishingRoutes(ctx: ModuleContext): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/publications',
      access: 'analytics.read',
      summary: 'Published publications, newest first (from inclusive, to exclusive)',
      tags: ['publishing'],
      params: workspaceParams,
      query: publicationsQuery,
      response: publicationListResponse,
      handler: async ({ params, query }) =>
        listPublications(ctx.db, params.workspaceId, {
          accountId: query.accountId,
          from: query.from ? new Date(query.from) : undefined,
          to: query.to ? new Date(query.to) : undefined,
          limit: query.limit,
          cursor: query.cursor,
        }),
    }),
  ];
}
