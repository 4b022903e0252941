import type { Database } from '@resonance/db';
import { defineRoute, type AnyRoute } from '@resonance/http';
import { z } from 'zod';
import { getSource } from '../sources/source.service.js';
import { sourceParams } from '../sources/source.schema.js';
import { selectDebugRows } from './debug.repository.js';

const debugEntry = z.object({
  id: z.string(),
  receivedAt: z.date(),
  status: z.enum(['accepted', 'duplicate', 'rejected']),
  name: z.string().nullable(),
  messageId: z.string().nullable(),
  fanId: z.string().nullable(),
  errorPath: z.string().nullable(),
  error: z.string().nullable(),
  excerpt: z.string(),
});

/** Settings → Sources → debugger: the latest 100 events of a source with their validation result. */
export function debugRoutes(deps: { db: Database }): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/sources/{sourceId}/debugger',
      access: 'workspace.manage',
      summary: 'The latest 100 events a source sent (newest first) with their validation result; `after` returns only newer ones',
      tags: ['sources'],
      params: sourceParams,
      query: z.object({ after: z.string().regex(/^\d{1,19}$/, 'must be an entry id').optional() }),
      response: z.object({ items: z.array(debugEntry) }),
      handler: async ({ params, query }) => {
        await getSource(deps.db, params.workspaceId, params.sourceId);
        const rows = await selectDebugRows(deps.db, params.workspaceId, params.sourceId, query.after);
        return {
          items: rows.map((r) => ({
            id: r.id,
            receivedAt: r.received_at,
            status: r.status,
            name: r.name,
            messageId: r.message_id,
            fanId: r.fan_id,
            errorPath: r.error_path,
            error: r.error,
            excerpt: r.excerpt,
          })),
        };
      },
    }),
  ];
}
