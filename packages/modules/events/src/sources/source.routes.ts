import type { Database } from '@resonance/db';
import { defineRoute, workspaceParams, type AnyRoute } from '@resonance/http';
import type { Clock } from '@resonance/kernel';
import { z } from 'zod';
import { createdSourceDto, newSourceBody, sourceDto, sourceParams, type EventSource } from './source.schema.js';
import { createSource, listSources, revokeSource } from './source.service.js';
import type { WriteKeyCache } from './write-key-cache.js';

const dto = ({ workspaceId: _w, ...s }: EventSource) => s;

export function sourceRoutes(deps: { db: Database; clock: Clock; writeKeys?: WriteKeyCache }): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/sources',
      access: 'workspace.read',
      summary: 'Event sources and their key prefixes (never the keys)',
      tags: ['sources'],
      params: workspaceParams,
      response: z.object({ items: z.array(sourceDto) }),
      handler: async ({ params }) => ({ items: (await listSources(deps.db, params.workspaceId)).map(dto) }),
    }),
    defineRoute({
      method: 'post',
      path: '/workspaces/{workspaceId}/sources',
      access: 'workspace.manage',
      summary: 'Create a source; its write key is in this response only',
      tags: ['sources'],
      params: workspaceParams,
      body: newSourceBody,
      response: createdSourceDto,
      audit: 'source.create',
      handler: async ({ params, body, audit }) => {
        const { writeKey, ...source } = await createSource(deps.db, params.workspaceId, body, deps.clock);
        audit({ targetType: 'source', targetId: source.id, after: dto(source) });
        return { ...dto(source), writeKey };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/workspaces/{workspaceId}/sources/{sourceId}/revoke',
      access: 'workspace.manage',
      summary: 'Revoke a source: its write key stops working at once (401)',
      tags: ['sources'],
      params: sourceParams,
      status: 200,
      response: sourceDto,
      audit: 'source.revoke',
      handler: async ({ params, audit }) => {
        const source = await revokeSource(deps.db, params.workspaceId, params.sourceId, deps.clock);
        deps.writeKeys?.forget(source.id);
        audit({ targetType: 'source', targetId: source.id, after: dto(source) });
        return dto(source);
      },
    }),
  ];
}
