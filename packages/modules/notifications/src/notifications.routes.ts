import { actorId, defineRoute, workspaceParams, type AnyRoute, type ModuleContext } from '@resonance/http';
import { notificationListResponse, notificationParams, notificationSchema, notificationsQuery, readAllResponse, unreadCountResponse } from './notifications.schema.js';
import { listMyNotifications, readAllNotifications, readNotification, unreadCount } from './notifications.service.js';

/** Every route acts on the caller's own notifications only (an API token has its own, empty inbox). */
export function notificationRoutes(ctx: ModuleContext): AnyRoute[] {
  const me = (p: Parameters<typeof actorId>[0]) => actorId(p) ?? '';
  return [
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/notifications',
      access: 'workspace.read',
      summary: 'My notifications in this workspace, newest first (unreadOnly=true for unread ones), with the unread count',
      tags: ['notifications'],
      params: workspaceParams,
      query: notificationsQuery,
      response: notificationListResponse,
      handler: async ({ params, query, principal }) =>
        listMyNotifications(ctx.db, params.workspaceId, me(principal), { unreadOnly: query.unreadOnly === 'true', limit: query.limit, cursor: query.cursor }),
    }),
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/notifications/unread-count',
      access: 'workspace.read',
      summary: 'How many of my notifications are unread (the bell badge)',
      tags: ['notifications'],
      params: workspaceParams,
      response: unreadCountResponse,
      handler: async ({ params, principal }) => unreadCount(ctx.db, params.workspaceId, me(principal)),
    }),
    defineRoute({
      method: 'post',
      path: '/workspaces/{workspaceId}/notifications/{notificationId}/read',
      access: 'workspace.read',
      summary: 'Mark one of my notifications read (idempotent)',
      tags: ['notifications'],
      params: notificationParams,
      status: 200,
      response: notificationSchema,
      audit: false,
      handler: async ({ params, principal }) => readNotification(ctx.db, params.workspaceId, me(principal), params.notificationId, ctx.clock.now()),
    }),
    defineRoute({
      method: 'post',
      path: '/workspaces/{workspaceId}/notifications/read-all',
      access: 'workspace.read',
      summary: 'Mark all my notifications in this workspace read',
      tags: ['notifications'],
      params: workspaceParams,
      status: 200,
      response: readAllResponse,
      audit: false,
      handler: async ({ params, principal }) => readAllNotifications(ctx.db, params.workspaceId, me(principal), ctx.clock.now()),
    }),
  ];
}
