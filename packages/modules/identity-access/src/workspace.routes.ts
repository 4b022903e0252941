import { defineRoute, workspaceParams, type AnyRoute, type ModuleContext } from '@resonance/http';
import { z } from 'zod';
import { callerRole, requireUser } from './route-helpers.js';
import { myWorkspaceDto, timeZoneField, workspaceDto, workspaceNameField } from './workspace.dto.js';
import { createWorkspace, deleteWorkspace, getWorkspace, listMyWorkspaces, updateWorkspace } from './workspace.service.js';

export function workspaceRoutes(ctx: ModuleContext): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/workspaces',
      access: 'authenticated',
      summary: 'The workspaces I belong to, with my role in each',
      tags: ['workspaces'],
      response: z.array(myWorkspaceDto),
      handler: async (c) => listMyWorkspaces(ctx.db, requireUser(c.principal).userId),
    }),
    defineRoute({
      method: 'post',
      path: '/workspaces',
      access: 'authenticated',
      summary: 'Create a workspace; I become its owner',
      tags: ['workspaces'],
      body: z.object({ name: workspaceNameField, timeZone: timeZoneField.optional() }),
      response: workspaceDto,
      audit: 'workspace.create',
      handler: async (c) => {
        const me = requireUser(c.principal);
        const ws = await createWorkspace(ctx.db, { name: c.body.name, timeZone: c.body.timeZone, ownerUserId: me.userId }, ctx.clock);
        c.audit({ workspaceId: ws.id, targetType: 'workspace', targetId: ws.id, after: { name: ws.name, timeZone: ws.timeZone } });
        return { ...ws, role: 'owner' as const };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}',
      access: 'workspace.read',
      summary: 'The workspace and my role in it',
      tags: ['workspaces'],
      params: workspaceParams,
      response: workspaceDto,
      handler: async (c) => ({ ...(await getWorkspace(ctx.db, c.params.workspaceId)), role: callerRole(c.role) }),
    }),
    defineRoute({
      method: 'patch',
      path: '/workspaces/{workspaceId}',
      access: 'workspace.manage',
      summary: 'Rename the workspace or change its time zone',
      tags: ['workspaces'],
      params: workspaceParams,
      body: z.object({ name: workspaceNameField.optional(), timeZone: timeZoneField.optional() }),
      response: workspaceDto,
      audit: 'workspace.update',
      handler: async (c) => {
        const { before, after } = await updateWorkspace(ctx.db, c.params.workspaceId, c.body);
        c.audit({ targetType: 'workspace', targetId: after.id, before, after });
        return { ...after, role: callerRole(c.role) };
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/workspaces/{workspaceId}',
      access: 'workspace.delete',
      summary: 'Delete the workspace (type its name in confirmName)',
      tags: ['workspaces'],
      params: workspaceParams,
      body: z.object({ confirmName: z.string() }),
      status: 204,
      audit: 'workspace.delete',
      handler: async (c) => {
        const ws = await deleteWorkspace(ctx.db, ctx.clock, c.params.workspaceId, c.body.confirmName);
        c.audit({ targetType: 'workspace', targetId: ws.id, before: { name: ws.name, timeZone: ws.timeZone } });
        return undefined;
      },
    }),
  ];
}
