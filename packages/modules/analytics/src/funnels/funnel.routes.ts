import { defineRoute, workspaceParams, type AnyRoute, type ModuleContext } from '@resonance/http';
import type { AnalyticsPorts } from '../overview.types.js';
import { funnelBody, funnelFansBody, funnelFansCsvBody, funnelFansResponse, funnelResponse } from './funnel.schema.js';
import { funnelFansCsv, listFunnelFans, runFunnel } from './funnel.service.js';

/** Funnel queries: read-only POSTs (the body is a query), so not audited — except the CSV export of fan ids. */
export function funnelRoutes(ctx: ModuleContext, ports: Pick<AnalyticsPorts, 'workspaceTimeZone'>): AnyRoute[] {
  const tz = (workspaceId: string) => ports.workspaceTimeZone(ctx.db, workspaceId);
  return [
    defineRoute({
      method: 'post',
      path: '/workspaces/{workspaceId}/queries/funnel',
      access: 'analytics.read',
      summary: 'Funnel: fans per step, conversion from the previous and the first step, median time between steps; optional breakdown',
      tags: ['analytics'],
      params: workspaceParams,
      body: funnelBody,
      status: 200,
      audit: false,
      response: funnelResponse,
      handler: async ({ params, body }) => runFunnel(ctx.db, params.workspaceId, body, { timeZone: await tz(params.workspaceId) }),
    }),
    defineRoute({
      method: 'post',
      path: '/workspaces/{workspaceId}/queries/funnel/fans',
      access: 'analytics.read',
      summary: 'The fans (canonical ids) who reached a funnel step or dropped before it, with the time of their last step; paged by fan id',
      tags: ['analytics'],
      params: workspaceParams,
      body: funnelFansBody,
      status: 200,
      audit: false,
      response: funnelFansResponse,
      handler: async ({ params, body }) => listFunnelFans(ctx.db, params.workspaceId, body, { timeZone: await tz(params.workspaceId) }),
    }),
    defineRoute({
      method: 'post',
      path: '/workspaces/{workspaceId}/queries/funnel/fans.csv',
      access: 'analytics.read',
      summary: 'The same fans as a CSV download (UTF-8 with BOM; cells that could run as spreadsheet formulas are prefixed with a quote)',
      tags: ['analytics'],
      params: workspaceParams,
      body: funnelFansCsvBody,
      status: 200,
      audit: 'analytics.funnel_fans_export',
      handler: async ({ params, body, audit }) => {
        const out = await funnelFansCsv(ctx.db, params.workspaceId, body, { timeZone: await tz(params.workspaceId) });
        audit({ targetType: 'funnel', after: { step: body.step, status: body.status, events: body.steps.map((s) => s.event), rows: out.rows, truncated: out.truncated } });
        return new Response(out.csv, {
          headers: {
            'content-type': 'text/csv; charset=utf-8',
            'content-disposition': `attachment; filename="funnel-step${body.step}-${body.status}.csv"`,
            'x-row-count': String(out.rows),
            'x-truncated': String(out.truncated),
          },
        });
      },
    }),
  ];
}
