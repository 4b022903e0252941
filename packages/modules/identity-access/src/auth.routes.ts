import { defineRoute, type AnyRoute, type ModuleContext } from '@resonance/http';
import { z } from 'zod';
import { clearSessionCookies, setSessionCookies } from './cookies.js';
import { login } from './login.service.js';
import { requireUser } from './route-helpers.js';
import { revokeSession, revokeUserSessions } from './session.service.js';
import { userDto } from './user.dto.js';

export function authRoutes(ctx: ModuleContext): AnyRoute[] {
  return [
    defineRoute({
      method: 'post',
      path: '/auth/login',
      access: 'public',
      summary: 'Sign in with e-mail and password (sets the session and CSRF cookies)',
      tags: ['auth'],
      body: z.object({ email: z.string().trim().min(1).max(254), password: z.string().min(1).max(1024) }),
      response: z.object({ user: userDto, csrfToken: z.string() }),
      status: 200,
      audit: 'auth.login',
      handler: async (c) => {
        const { user, session } = await login(ctx.db, ctx.clock, { ...c.body, ip: c.ip, userAgent: c.userAgent });
        setSessionCookies(c.cookies, session);
        c.audit({ actor: { type: 'user', id: user.id }, workspaceId: null, targetType: 'user', targetId: user.id });
        return { user, csrfToken: session.csrfToken };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/auth/logout',
      access: 'authenticated',
      summary: 'Sign out of this session',
      tags: ['auth'],
      status: 204,
      audit: 'auth.logout',
      handler: async (c) => {
        const me = requireUser(c.principal);
        await revokeSession(ctx.db, ctx.clock, me.userId, me.sessionId);
        clearSessionCookies(c.cookies);
        c.audit({ workspaceId: null, targetType: 'session', targetId: me.sessionId });
        return undefined;
      },
    }),
    defineRoute({
      method: 'post',
      path: '/auth/logout-all',
      access: 'authenticated',
      summary: 'Sign out everywhere: revoke every session of the user',
      tags: ['auth'],
      response: z.object({ revokedSessions: z.number().int() }),
      status: 200,
      audit: 'auth.logout_all',
      handler: async (c) => {
        const me = requireUser(c.principal);
        const revokedSessions = await revokeUserSessions(ctx.db, ctx.clock, me.userId);
        clearSessionCookies(c.cookies);
        c.audit({ workspaceId: null, targetType: 'user', targetId: me.userId, after: { revokedSessions } });
        return { revokedSessions };
      },
    }),
  ];
}
