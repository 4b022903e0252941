import { defineRoute, workspaceParams, type AnyRoute, type ModuleContext } from '@resonance/http';
import { z } from 'zod';
import { changeMemberRole, listMembers, removeMember } from './membership.service.js';
import { callerRole } from './route-helpers.js';
import { memberDto, roleField } from './workspace.dto.js';

const memberParams = workspaceParams.extend({ userId: z.string().min(1) });

export function memberRoutes(ctx: ModuleContext): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/members',
      access: 'members.read',
      summary: 'Members of the workspace with their roles',
      tags: ['members'],
      params: workspaceParams,
      response: z.array(memberDto),
      handler: async (c) => listMembers(ctx.db, c.params.workspaceId),
    }),
    defineRoute({
      method: 'patch',
      path: '/workspaces/{workspaceId}/members/{userId}',
      access: 'members.manage',
      summary: "Change a member's role (only owners grant or take away owner; the last owner stays)",
      tags: ['members'],
      params: memberParams,
      body: z.object({ role: roleField }),
      response: z.object({ userId: z.string(), role: roleField }),
      audit: 'member.role_change',
      handler: async (c) => {
        const { workspaceId, userId } = c.params;
        const { before, after } = await changeMemberRole(ctx.db, workspaceId, callerRole(c.role), userId, c.body.role);
        c.audit({ targetType: 'member', targetId: userId, before: { role: before }, after: { role: after } });
        return { userId, role: after };
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/workspaces/{workspaceId}/members/{userId}',
      access: 'members.manage',
      summary: 'Remove a member from the workspace',
      tags: ['members'],
      params: memberParams,
      status: 204,
      audit: 'member.remove',
      handler: async (c) => {
        const { workspaceId, userId } = c.params;
        const { before } = await removeMember(ctx.db, workspaceId, callerRole(c.role), userId);
        c.audit({ targetType: 'member', targetId: userId, before: { role: before } });
        return undefined;
      },
    }),
  ];
}
