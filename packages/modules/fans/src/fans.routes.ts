import { defineRoute, workspaceParams, type AnyRoute, type ModuleContext } from '@resonance/http';
import { getFanProfile } from './fan-profile.service.js';
import { parseTraitFilter } from './fan-search.js';
import { fanListResponse, fanParams, fanProfileSchema, fansQuery } from './fans.schema.js';
import { listFans } from './list-fans.service.js';
import { mergeRoutes } from './merge.routes.js';

export function fansRoutes(ctx: ModuleContext): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/fans',
      access: 'fans.read',
      summary:
        'List fans (newest first, merged profiles hidden) with their identities; search by name, full identity value (phone, e-mail, user id), trait value or fan id, and filter; e-mail and phone masked without fans.pii',
      tags: ['fans'],
      params: workspaceParams,
      query: fansQuery,
      response: fanListResponse,
      handler: async ({ params, query, role }) =>
        listFans(
          ctx.db,
          params.workspaceId,
          {
            q: query.q,
            limit: query.limit,
            cursor: query.cursor,
            kind: query.kind,
            accountId: query.accountId,
            consent: query.consent,
            seenAfter: query.seenAfter ? new Date(query.seenAfter) : undefined,
            seenBefore: query.seenBefore ? new Date(query.seenBefore) : undefined,
            trait: query.trait ? parseTraitFilter(query.trait) : undefined,
          },
          { secrets: ctx.secrets, role },
        ),
    }),
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/fans/{fanId}',
      access: 'fans.read',
      summary: 'One fan profile: identities, traits with update times, consent and the fan ids its events carry (a merged id answers its survivor)',
      tags: ['fans'],
      params: fanParams,
      response: fanProfileSchema,
      handler: async ({ params, role }) => getFanProfile(ctx.db, params.workspaceId, params.fanId, { secrets: ctx.secrets, role }),
    }),
    ...mergeRoutes(ctx),
  ];
}
