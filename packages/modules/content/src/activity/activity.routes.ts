import { defineRoute, type AnyRoute, type ModuleContext } from '@resonance/http';
import { invalidField, notFound } from '@resonance/kernel';
import { z } from 'zod';
import type { ContentModuleDeps } from '../deps.js';
import { findItem } from '../items/items.repository.js';
import { itemParams } from '../items/items.schema.js';
import { listActivity } from './activity.repository.js';

const activityQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});

const activitySchema = z.object({
  id: z.string(),
  contentId: z.string(),
  actorId: z.string().nullable(),
  kind: z.string(),
  detail: z.record(z.string(), z.unknown()),
  createdAt: z.date(),
});

function decode(cursor: string) {
  const [iso, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(iso ?? '');
  if (!id || Number.isNaN(createdAt.getTime())) throw invalidField('cursor', 'is not a cursor this list returned');
  return { createdAt, id };
}

export function activityRoutes(ctx: ModuleContext, deps: ContentModuleDeps): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/content/{contentId}/activity',
      access: 'content.read',
      summary: "The item's activity history, newest first (edits, variants, links, transitions, comments, reschedules), with actor names",
      tags: ['content'],
      params: itemParams,
      query: activityQuery,
      response: z.object({ items: z.array(activitySchema.extend({ actorName: z.string().nullable() })), nextCursor: z.string().nullable() }),
      handler: async ({ params, query }) => {
        if (!(await findItem(ctx.db, params.workspaceId, params.contentId))) throw notFound('content item');
        const rows = await listActivity(ctx.db, params.workspaceId, params.contentId, { limit: query.limit + 1, before: query.cursor ? decode(query.cursor) : undefined });
        const page = rows.slice(0, query.limit);
        const names = new Map((await deps.listMembers(ctx.db, params.workspaceId)).map((m) => [m.userId, m.name]));
        const last = page[page.length - 1];
        return {
          items: page.map((a) => ({ ...a, actorName: a.actorId ? (names.get(a.actorId) ?? null) : null })),
          nextCursor: rows.length > query.limit && last ? Buffer.from(`${last.createdAt.toISOString()}|${last.id}`).toString('base64url') : null,
        };
      },
    }),
  ];
}
