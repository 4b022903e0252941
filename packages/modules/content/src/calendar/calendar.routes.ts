import { actorId, defineRoute, workspaceParams, type AnyRoute, type ModuleContext } from '@resonance/http';
import type { ContentModuleDeps } from '../deps.js';
import { calendarQuery, calendarResponse, scheduleBody, scheduleParams, scheduleResponse } from './calendar.schema.js';
import { loadCalendar, rescheduleVariant } from './calendar.service.js';

export function calendarRoutes(ctx: ModuleContext, deps: ContentModuleDeps): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/calendar',
      access: 'content.read',
      summary: 'Calendar: variants scheduled between two local dates (workspace time zone) and the unscheduled drafts, with filters',
      tags: ['calendar'],
      params: workspaceParams,
      query: calendarQuery,
      response: calendarResponse,
      handler: async ({ params, query }) => {
        const [timeZone, accounts] = await Promise.all([deps.workspaceTimeZone(ctx.db, params.workspaceId), deps.listAccounts(ctx.db, params.workspaceId)]);
        return loadCalendar(ctx.db, params.workspaceId, query, { timeZone, accounts });
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/workspaces/{workspaceId}/content/{contentId}/variants/{variantId}/schedule',
      access: 'content.publish',
      summary: 'Reschedule one variant (draft, in review, approved or scheduled only; future times; the same time again changes nothing)',
      tags: ['calendar'],
      params: scheduleParams,
      body: scheduleBody,
      response: scheduleResponse,
      audit: 'content.reschedule',
      handler: async ({ params, body, principal, audit }) => {
        const result = await rescheduleVariant(
          ctx.db,
          params.workspaceId,
          params,
          body.scheduledAt === null ? null : new Date(body.scheduledAt),
          actorId(principal),
          ctx.clock.now(),
        );
        audit({ targetType: 'content_variant', targetId: result.variantId, after: { scheduledAt: result.scheduledAt, changed: result.changed } });
        return result;
      },
    }),
  ];
}
