import { defineRoute, workspaceParams, type AnyRoute, type ModuleContext } from '@resonance/http';
import type { CompliancePorts } from '../compliance.ports.js';
import { metricsQuery, metricsResponse } from './metrics.schema.js';
import { complianceMetrics } from './metrics.service.js';

export function metricsRoutes(ctx: ModuleContext, ports: CompliancePorts): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/compliance/metrics',
      access: 'content.read',
      summary: 'Share of checked content items flagged over time, by category and severity; passed / review / blocked',
      tags: ['compliance'],
      params: workspaceParams,
      query: metricsQuery,
      response: metricsResponse,
      handler: async ({ params, query }) =>
        complianceMetrics(ctx.db, params.workspaceId, query, { timeZone: await ports.workspaceTimeZone(ctx.db, params.workspaceId), now: ctx.clock.now() }),
    }),
  ];
}
