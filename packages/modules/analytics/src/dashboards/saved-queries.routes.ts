import { actorId, defineRoute, workspaceParams, type AnyRoute, type ModuleContext } from '@resonance/http';
import { z } from 'zod';
import { newSavedQueryBody, savedQueryDto, savedQueryParams, updateSavedQueryBody, type SavedQuery } from './saved-query.schema.js';
import { createSavedQuery, deleteSavedQuery, getSavedQuery, listSavedQueries, updateSavedQuery } from './saved-queries.service.js';

const dto = ({ workspaceId: _w, ...q }: SavedQuery) => q;

export function savedQueryRoutes(ctx: ModuleContext): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/saved-queries',
      access: 'analytics.read',
      summary: 'Saved queries (trend, funnel, retention, paths), most recently changed first',
      tags: ['analytics'],
      params: workspaceParams,
      response: z.object({ items: z.array(savedQueryDto) }),
      handler: async ({ params }) => ({ items: (await listSavedQueries(ctx.db, params.workspaceId)).map(dto) }),
    }),
    defineRoute({
      method: 'post',
      path: '/workspaces/{workspaceId}/saved-queries',
      access: 'analytics.write',
      summary: "Save a query: `body` is what POST …/queries/<kind> accepts, validated by that kind's schema (400 naming the field)",
      tags: ['analytics'],
      params: workspaceParams,
      body: newSavedQueryBody,
      response: savedQueryDto,
      audit: 'saved_query.create',
      handler: async ({ params, body, principal, audit }) => {
        const q = await createSavedQuery(ctx.db, params.workspaceId, body, { actor: actorId(principal) ?? 'unknown', clock: ctx.clock });
        audit({ targetType: 'saved_query', targetId: q.id, after: { name: q.name, kind: q.kind } });
        return dto(q);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/saved-queries/{queryId}',
      access: 'analytics.read',
      summary: 'One saved query',
      tags: ['analytics'],
      params: savedQueryParams,
      response: savedQueryDto,
      handler: async ({ params }) => dto(await getSavedQuery(ctx.db, params.workspaceId, params.queryId)),
    }),
    defineRoute({
      method: 'patch',
      path: '/workspaces/{workspaceId}/saved-queries/{queryId}',
      access: 'analytics.write',
      summary: 'Rename a saved query and/or replace its body (validated against its kind)',
      tags: ['analytics'],
      params: savedQueryParams,
      body: updateSavedQueryBody,
      response: savedQueryDto,
      audit: 'saved_query.update',
      handler: async ({ params, body, audit }) => {
        const q = await updateSavedQuery(ctx.db, params.workspaceId, params.queryId, body, ctx.clock);
        audit({ targetType: 'saved_query', targetId: q.id, after: { name: q.name, bodyChanged: body.body !== undefined } });
        return dto(q);
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/workspaces/{workspaceId}/saved-queries/{queryId}',
      access: 'analytics.write',
      summary: 'Delete a saved query (409 while a dashboard shows it)',
      tags: ['analytics'],
      params: savedQueryParams,
      status: 204,
      audit: 'saved_query.delete',
      handler: async ({ params, audit }) => {
        const q = await deleteSavedQuery(ctx.db, params.workspaceId, params.queryId);
        audit({ targetType: 'saved_query', targetId: q.id, before: { name: q.name, kind: q.kind } });
        return undefined;
      },
    }),
  ];
}
