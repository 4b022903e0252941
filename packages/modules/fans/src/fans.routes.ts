import { defineRoute, workspaceParams, type AnyRoute, type ModuleContext } from '@resonance/http';
import { fanListResponse, fanParams, fanSchema, fansQuery } from './fans.schema.js';
import { getFan, listFans } from './list-fans.service.js';

export function fansRoutes(ctx: ModuleContext): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/fans',
      access: 'fans.read',
      summary: 'List fans (newest first) with their identities; e-mail and phone masked without fans.pii',
      tags: ['fans'],
      params: workspaceParams,
      query: fansQuery,
      response: fanListResponse,
      handler: async ({ params, query, role }) =>
        listFans(ctx.db, params.workspaceId, { q: query.q, limit: query.limit, cursor: query.cursor }, { secrets: ctx.secrets, role }),
    }),
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/fans/{fanId}',
      access: 'fans.read',
      summary: 'One fan with identities',
      tags: ['fans'],
      params: fanParams,
      response: fanSchema,
      handler: async ({ params, role }) => getFan(ctx.db, params.workspaceId, params.fanId, { secrets: ctx.secrets, role }),
    }),
  ];
}
