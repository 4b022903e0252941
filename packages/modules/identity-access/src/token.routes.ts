import { defineRoute, workspaceParams, type AnyRoute, type ModuleContext } from '@resonance/http';
import { z } from 'zod';
import { apiTokenDto, createApiToken, expiresInDaysField, listApiTokens, revokeApiToken, tokenNameField } from './api-token.service.js';
import { assertCanGrant } from './role-rules.js';
import { actingUserId, callerRole } from './route-helpers.js';
import { roleField } from './workspace.dto.js';

export function tokenRoutes(ctx: ModuleContext): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/tokens',
      access: 'tokens.manage',
      summary: 'API tokens of the workspace (secrets are never shown again)',
      tags: ['tokens'],
      params: workspaceParams,
      response: z.array(apiTokenDto),
      handler: async (c) => listApiTokens(ctx.db, c.params.workspaceId),
    }),
    defineRoute({
      method: 'post',
      path: '/workspaces/{workspaceId}/tokens',
      access: 'tokens.manage',
      summary: 'Create an API token with a role (the token is shown once)',
      tags: ['tokens'],
      params: workspaceParams,
      body: z.object({ name: tokenNameField, role: roleField, expiresInDays: expiresInDaysField.optional() }),
      response: apiTokenDto.extend({ token: z.string() }),
      audit: 'token.create',
      handler: async (c) => {
        assertCanGrant(callerRole(c.role), c.body.role);
        const created = await createApiToken(
          ctx.db,
          { workspaceId: c.params.workspaceId, createdBy: actingUserId(c.principal), ...c.body },
          ctx.clock,
        );
        c.audit({ targetType: 'api_token', targetId: created.id, after: { name: created.name, role: created.role, expiresAt: created.expiresAt } });
        return created;
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/workspaces/{workspaceId}/tokens/{tokenId}',
      access: 'tokens.manage',
      summary: 'Revoke an API token',
      tags: ['tokens'],
      params: workspaceParams.extend({ tokenId: z.string().min(1) }),
      status: 204,
      audit: 'token.revoke',
      handler: async (c) => {
        const t = await revokeApiToken(ctx.db, ctx.clock, c.params.workspaceId, c.params.tokenId);
        c.audit({ targetType: 'api_token', targetId: t.id, before: { name: t.name, role: t.role } });
        return undefined;
      },
    }),
  ];
}
