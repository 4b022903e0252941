import { notFound } from '@resonance/kernel';
import { defineRoute, type AnyRoute, type ModuleContext } from '@resonance/http';
import { z } from 'zod';
import { requireUser } from './route-helpers.js';
import { localeField, nameField, userDto } from './user.dto.js';
import { changePassword, getUser, updateProfile } from './user.service.js';
import { myWorkspaceDto } from './workspace.dto.js';
import { listMyWorkspaces } from './workspace.service.js';

export function meRoutes(ctx: ModuleContext): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/me',
      access: 'authenticated',
      summary: 'The signed-in user, their workspaces and the CSRF token',
      tags: ['me'],
      response: z.object({ user: userDto, workspaces: z.array(myWorkspaceDto), csrfToken: z.string() }),
      handler: async (c) => {
        const me = requireUser(c.principal);
        const user = await getUser(ctx.db, me.userId);
        if (!user) throw notFound('user');
        return { user, workspaces: await listMyWorkspaces(ctx.db, me.userId), csrfToken: me.csrfToken };
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/me',
      access: 'authenticated',
      summary: 'Change my name or language',
      tags: ['me'],
      body: z.object({ name: nameField.optional(), locale: localeField.optional() }),
      response: userDto,
      audit: 'user.update',
      handler: async (c) => {
        const me = requireUser(c.principal);
        const { before, after } = await updateProfile(ctx.db, me.userId, c.body);
        c.audit({ workspaceId: null, targetType: 'user', targetId: me.userId, before, after });
        return after;
      },
    }),
    defineRoute({
      method: 'post',
      path: '/me/password',
      access: 'authenticated',
      summary: 'Change my password (signs out my other sessions)',
      tags: ['me'],
      body: z.object({ currentPassword: z.string().min(1).max(1024), newPassword: z.string() }),
      response: z.object({ revokedSessions: z.number().int() }),
      status: 200,
      audit: 'user.password_change',
      handler: async (c) => {
        const me = requireUser(c.principal);
        const result = await changePassword(ctx.db, ctx.clock, { userId: me.userId, keepSessionId: me.sessionId, ...c.body });
        c.audit({ workspaceId: null, targetType: 'user', targetId: me.userId, after: result });
        return result;
      },
    }),
  ];
}
