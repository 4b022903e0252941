import { actorId, defineRoute, type AnyRoute, type ModuleContext } from '@resonance/http';
import { z } from 'zod';
import type { AnalyticsPorts } from '../overview.types.js';
import { sharedDashboardResponse } from './dashboard-run.schema.js';
import { dashboardParams } from './dashboard.schema.js';
import { createdShareLinkDto, newShareLinkBody, shareLinkDto, shareLinkParams, shareTokenParams, type ShareLink } from './share-link.schema.js';
import { createShareLink, listShareLinks, openShareLink, revokeShareLink } from './share-links.service.js';
import { runDashboard } from './run-dashboard.service.js';

const dto = ({ workspaceId: _w, ...l }: ShareLink) => l;
/** Audited without the token: prefix and expiry only. */
const summary = (l: ShareLink) => ({ dashboardId: l.dashboardId, tokenPrefix: l.tokenPrefix, expiresAt: l.expiresAt, revokedAt: l.revokedAt });

export function shareLinkRoutes(ctx: ModuleContext, ports: AnalyticsPorts): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/dashboards/{dashboardId}/share-links',
      access: 'analytics.write',
      summary: "A dashboard's share links, newest first (token prefixes only)",
      tags: ['analytics'],
      params: dashboardParams,
      response: z.object({ items: z.array(shareLinkDto) }),
      handler: async ({ params }) => ({ items: (await listShareLinks(ctx.db, params.workspaceId, params.dashboardId)).map(dto) }),
    }),
    defineRoute({
      method: 'post',
      path: '/workspaces/{workspaceId}/dashboards/{dashboardId}/share-links',
      access: 'analytics.write',
      summary: 'Create a read-only link to the dashboard valid for 1–90 days; the token (and URL) is in this response only',
      tags: ['analytics'],
      params: dashboardParams,
      body: newShareLinkBody,
      response: createdShareLinkDto,
      audit: 'share_link.create',
      handler: async ({ params, body, principal, audit }) => {
        const link = await createShareLink(ctx.db, params.workspaceId, params.dashboardId, {
          expiresInDays: body.expiresInDays,
          actor: actorId(principal) ?? 'unknown',
          clock: ctx.clock,
        });
        const { token, ...rest } = link;
        audit({ targetType: 'share_link', targetId: link.id, after: summary(rest) });
        return { ...dto(rest), token, url: `${ctx.config.publicUrl.replace(/\/$/, '')}/share/${token}` };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/workspaces/{workspaceId}/dashboards/{dashboardId}/share-links/{linkId}/revoke',
      access: 'analytics.write',
      summary: 'Revoke a share link: it answers 404 from now on',
      tags: ['analytics'],
      params: shareLinkParams,
      status: 200,
      response: shareLinkDto,
      audit: 'share_link.revoke',
      handler: async ({ params, audit }) => {
        const link = await revokeShareLink(ctx.db, params.workspaceId, params.dashboardId, params.linkId, ctx.clock);
        audit({ targetType: 'share_link', targetId: link.id, after: summary(link) });
        return dto(link);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/share/{token}',
      access: 'public',
      authenticate: false,
      summary: "A shared dashboard, read-only, without signing in: every tile computed with the dashboard's saved range and filters; unknown, expired or revoked tokens → 404",
      tags: ['analytics'],
      params: shareTokenParams,
      response: sharedDashboardResponse,
      handler: async ({ params, raw }) => {
        raw.header('Cache-Control', 'no-store');
        const now = ctx.clock.now();
        const { link, dashboard } = await openShareLink(ctx.db, params.token, now);
        const run = await runDashboard({ db: ctx.db, ports, now, logger: ctx.logger }, link.workspaceId, dashboard);
        return { ...run, expiresAt: link.expiresAt };
      },
    }),
  ];
}
