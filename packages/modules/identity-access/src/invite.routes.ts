import { forbidden } from '@resonance/kernel';
import { defineRoute, workspaceParams, type AnyRoute, type ModuleContext } from '@resonance/http';
import { z } from 'zod';
import { setSessionCookies } from './cookies.js';
import { acceptInvite } from './invite-accept.service.js';
import { INVITE_STATUSES } from './invite-status.js';
import { createInvite, listPendingInvites, previewInvite, revokeInvite } from './invite.service.js';
import { actingUserId, callerRole } from './route-helpers.js';
import { emailField, userDto } from './user.dto.js';
import { roleField } from './workspace.dto.js';

const pendingInviteDto = z.object({
  id: z.string(),
  email: z.string().nullable(),
  role: roleField,
  createdBy: z.string(),
  createdAt: z.date(),
  expiresAt: z.date(),
});
const codeParams = z.object({ code: z.string().min(1).max(200) });

export function inviteRoutes(ctx: ModuleContext): AnyRoute[] {
  return [
    defineRoute({
      method: 'post',
      path: '/workspaces/{workspaceId}/invites',
      access: 'members.manage',
      summary: 'Invite a member by link (e-mailed when SMTP is configured and an e-mail is given)',
      tags: ['invites'],
      params: workspaceParams,
      body: z.object({ email: emailField.optional(), role: roleField }),
      response: pendingInviteDto.extend({ link: z.string(), emailed: z.boolean() }),
      audit: 'invite.create',
      handler: async (c) => {
        const invite = await createInvite(ctx, {
          workspaceId: c.params.workspaceId,
          actorRole: callerRole(c.role),
          createdBy: actingUserId(c.principal),
          ...c.body,
        });
        c.audit({ targetType: 'invite', targetId: invite.id, after: { email: invite.email, role: invite.role, expiresAt: invite.expiresAt, emailed: invite.emailed } });
        return invite;
      },
    }),
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/invites',
      access: 'members.manage',
      summary: 'Pending invites (codes are never shown again)',
      tags: ['invites'],
      params: workspaceParams,
      response: z.array(pendingInviteDto),
      handler: async (c) => listPendingInvites(ctx, c.params.workspaceId),
    }),
    defineRoute({
      method: 'delete',
      path: '/workspaces/{workspaceId}/invites/{inviteId}',
      access: 'members.manage',
      summary: 'Revoke an invite',
      tags: ['invites'],
      params: workspaceParams.extend({ inviteId: z.string().min(1) }),
      status: 204,
      audit: 'invite.revoke',
      handler: async (c) => {
        const invite = await revokeInvite(ctx, c.params.workspaceId, c.params.inviteId);
        c.audit({ targetType: 'invite', targetId: invite.id, before: { email: invite.email, role: invite.role } });
        return undefined;
      },
    }),
    defineRoute({
      method: 'get',
      path: '/invites/{code}',
      access: 'public',
      summary: 'What an invite link offers, and whether it can still be used',
      tags: ['invites'],
      params: codeParams,
      response: z.object({
        workspaceName: z.string(),
        role: roleField,
        email: z.string().nullable(),
        expiresAt: z.date(),
        status: z.enum(INVITE_STATUSES),
      }),
      handler: async (c) => previewInvite(ctx, c.params.code),
    }),
    defineRoute({
      method: 'post',
      path: '/invites/{code}/accept',
      access: 'public',
      summary: 'Accept an invite: signed in, join with my account; otherwise sign up (and get signed in)',
      tags: ['invites'],
      params: codeParams,
      body: z.object({ name: z.string().optional(), password: z.string().optional(), email: emailField.optional() }),
      response: z.object({ user: userDto, workspaceId: z.string(), role: roleField, joined: z.boolean(), csrfToken: z.string() }),
      status: 200,
      audit: 'invite.accept',
      handler: async (c) => {
        const p = c.principal;
        if (p.kind === 'token') throw forbidden('API tokens cannot accept invites');
        const result = await acceptInvite(
          ctx.db,
          ctx.clock,
          c.params.code,
          p.kind === 'user' ? { kind: 'user', userId: p.userId } : { kind: 'signup', ...c.body, ip: c.ip, userAgent: c.userAgent },
        );
        if (result.session) setSessionCookies(c.cookies, result.session);
        c.audit({
          actor: { type: 'user', id: result.user.id },
          workspaceId: result.workspaceId,
          targetType: 'invite',
          targetId: result.inviteId,
          after: { userId: result.user.id, role: result.role, joined: result.joined },
        });
        const csrfToken = result.session?.csrfToken ?? (p.kind === 'user' ? p.csrfToken : '');
        return { user: result.user, workspaceId: result.workspaceId, role: result.role, joined: result.joined, csrfToken };
      },
    }),
  ];
}
