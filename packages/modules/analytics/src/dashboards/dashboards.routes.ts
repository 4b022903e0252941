import { actorId, defineRoute, workspaceParams, type AnyRoute, type ModuleContext } from '@resonance/http';
import { z } from 'zod';
import type { AnalyticsPorts } from '../overview.types.js';
import { dashboardRunResponse } from './dashboard-run.schema.js';
import { addTileBody, dashboardDto, dashboardParams, newDashboardBody, runDashboardBody, updateDashboardBody, type Dashboard } from './dashboard.schema.js';
import { addTile, createDashboard, deleteDashboard, getDashboard, listDashboards, updateDashboard } from './dashboards.service.js';
import { runDashboard } from './run-dashboard.service.js';

const dto = ({ workspaceId: _w, ...d }: Dashboard) => d;
const summary = (d: Dashboard) => ({ name: d.name, tiles: d.layout.length, filters: d.filters });

export function dashboardRoutes(ctx: ModuleContext, ports: AnalyticsPorts): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/dashboards',
      access: 'analytics.read',
      summary: 'Dashboards, most recently changed first',
      tags: ['analytics'],
      params: workspaceParams,
      response: z.object({ items: z.array(dashboardDto) }),
      handler: async ({ params }) => ({ items: (await listDashboards(ctx.db, params.workspaceId)).map(dto) }),
    }),
    defineRoute({
      method: 'post',
      path: '/workspaces/{workspaceId}/dashboards',
      access: 'analytics.write',
      summary: 'Create a dashboard: tiles of saved queries in a 24-column grid, and the date range and filters they run with',
      tags: ['analytics'],
      params: workspaceParams,
      body: newDashboardBody,
      response: dashboardDto,
      audit: 'dashboard.create',
      handler: async ({ params, body, principal, audit }) => {
        const d = await createDashboard(ctx.db, params.workspaceId, body, { actor: actorId(principal) ?? 'unknown', clock: ctx.clock });
        audit({ targetType: 'dashboard', targetId: d.id, after: summary(d) });
        return dto(d);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/dashboards/{dashboardId}',
      access: 'analytics.read',
      summary: 'One dashboard (its layout and filters; POST …/run computes its tiles)',
      tags: ['analytics'],
      params: dashboardParams,
      response: dashboardDto,
      handler: async ({ params }) => dto(await getDashboard(ctx.db, params.workspaceId, params.dashboardId)),
    }),
    defineRoute({
      method: 'patch',
      path: '/workspaces/{workspaceId}/dashboards/{dashboardId}',
      access: 'analytics.write',
      summary: 'Rename a dashboard, replace its layout (every tile a saved query of the workspace) and/or its filters',
      tags: ['analytics'],
      params: dashboardParams,
      body: updateDashboardBody,
      response: dashboardDto,
      audit: 'dashboard.update',
      handler: async ({ params, body, audit }) => {
        const before = await getDashboard(ctx.db, params.workspaceId, params.dashboardId);
        const d = await updateDashboard(ctx.db, params.workspaceId, params.dashboardId, body, ctx.clock);
        audit({ targetType: 'dashboard', targetId: d.id, before: summary(before), after: summary(d) });
        return dto(d);
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/workspaces/{workspaceId}/dashboards/{dashboardId}',
      access: 'analytics.write',
      summary: 'Delete a dashboard and its share links (its saved queries stay)',
      tags: ['analytics'],
      params: dashboardParams,
      status: 204,
      audit: 'dashboard.delete',
      handler: async ({ params, audit }) => {
        const d = await deleteDashboard(ctx.db, params.workspaceId, params.dashboardId);
        audit({ targetType: 'dashboard', targetId: d.id, before: summary(d) });
        return undefined;
      },
    }),
    defineRoute({
      method: 'post',
      path: '/workspaces/{workspaceId}/dashboards/{dashboardId}/tiles',
      access: 'analytics.write',
      summary: 'Add a saved query to a dashboard as a tile below the others',
      tags: ['analytics'],
      params: dashboardParams,
      body: addTileBody,
      status: 200,
      response: dashboardDto,
      audit: 'dashboard.add_tile',
      handler: async ({ params, body, audit }) => {
        const d = await addTile(ctx.db, params.workspaceId, params.dashboardId, body, ctx.clock);
        audit({ targetType: 'dashboard', targetId: d.id, after: { queryId: body.queryId, tiles: d.layout.length } });
        return dto(d);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/workspaces/{workspaceId}/dashboards/{dashboardId}/run',
      access: 'analytics.read',
      summary:
        "Compute every tile (at most 4 queries at once) with the same services as POST …/queries/<kind>, with the dashboard's range and filters (or those sent); a tile that cannot run carries its error",
      tags: ['analytics'],
      params: dashboardParams,
      body: runDashboardBody,
      status: 200,
      audit: false,
      response: dashboardRunResponse,
      handler: async ({ params, body }) => {
        const d = await getDashboard(ctx.db, params.workspaceId, params.dashboardId);
        return runDashboard({ db: ctx.db, ports, now: ctx.clock.now(), logger: ctx.logger }, params.workspaceId, d, body.filters ?? d.filters);
      },
    }),
  ];
}
