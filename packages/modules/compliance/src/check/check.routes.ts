import { defineRoute, workspaceParams, type AnyRoute, type ModuleContext } from '@resonance/http';
import { checkBody, reportSchema } from './check.schema.js';
import { checkText } from './check.service.js';

export function checkRoutes(ctx: ModuleContext): AnyRoute[] {
  return [
    defineRoute({
      method: 'post',
      path: '/workspaces/{workspaceId}/compliance/check',
      access: 'content.read',
      summary: "Check a title and body against the workspace's lexicons, PII and disclosure rules (nothing is stored)",
      tags: ['compliance'],
      params: workspaceParams,
      body: checkBody,
      status: 200,
      response: reportSchema,
      audit: false,
      handler: async ({ params, body }) =>
        checkText(ctx.db, params.workspaceId, { title: body.title ?? null, body: body.body, sponsored: body.sponsored }, ctx.clock.now()),
    }),
  ];
}
