import { defineModule, defineRoute, workspaceParams } from '@resonance/http';
import { listWorkspaceJobs } from '@resonance/jobs';
import { z } from 'zod';

const jobRow = z.object({
  id: z.string(),
  name: z.string(),
  state: z.string(),
  retryCount: z.number(),
  retryLimit: z.number(),
  createdOn: z.date(),
  completedOn: z.date().nullable(),
  error: z.string().nullable(),
});

/** Background jobs of a workspace, so failures are visible (Settings → Jobs). `schema`: the queue's schema. */
export const createJobsModule = (schema: string) => defineModule({
  name: 'jobs',
  routes: (ctx) => [
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/jobs',
      access: 'jobs.read',
      summary: 'List background jobs of the workspace (failed ones with their error)',
      tags: ['jobs'],
      params: workspaceParams,
      query: z.object({
        state: z.enum(['created', 'retry', 'active', 'completed', 'cancelled', 'failed']).optional(),
        limit: z.coerce.number().int().min(1).max(500).default(100),
      }),
      response: z.object({ items: z.array(jobRow) }),
      handler: async ({ params, query }) => ({ items: await listWorkspaceJobs(ctx.db, params.workspaceId, query.state, query.limit, schema) }),
    }),
  ],
});
