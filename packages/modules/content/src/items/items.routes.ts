import { defineRoute, workspaceParams, type AnyRoute, type ModuleContext } from '@resonance/http';
import { invalidField } from '@resonance/kernel';
import { actingUser } from '../acting-user.js';
import type { ContentModuleDeps } from '../deps.js';
import { itemListResponse, itemParams, itemPatchBody, itemSchema, itemsQuery, newItemBody, versionQuery } from './items.schema.js';
import { createItem, deleteItem, getItem, listItems, updateItem, type ItemEnv } from './items.service.js';

export const itemEnv = (ctx: ModuleContext, deps: ContentModuleDeps): ItemEnv => ({
  db: ctx.db,
  now: () => ctx.clock.now(),
  assetInfo: deps.assetInfo,
  listMembers: deps.listMembers,
  listAccounts: deps.listAccounts,
});

const auditOf = ({ variants: _v, compliance: _c, ...rest }: { variants?: unknown; compliance?: unknown } & Record<string, unknown>) => rest;

export function itemRoutes(ctx: ModuleContext, deps: ContentModuleDeps): AnyRoute[] {
  const env = itemEnv(ctx, deps);
  return [
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/content',
      access: 'content.read',
      summary: 'Content items, newest first; filters: status, brand, target account, pillar, funnel stage, campaign, owner, text (q)',
      tags: ['content'],
      params: workspaceParams,
      query: itemsQuery,
      response: itemListResponse,
      handler: ({ params, query }) => listItems(env, params.workspaceId, query),
    }),
    defineRoute({
      method: 'post',
      path: '/workspaces/{workspaceId}/content',
      access: 'content.write',
      summary: 'Create a draft content item (the master) with one variant per target account; send an Idempotency-Key header to retry safely',
      tags: ['content'],
      params: workspaceParams,
      body: newItemBody,
      response: itemSchema,
      audit: 'content.create',
      handler: async ({ params, body, principal, audit, raw }) => {
        const key = raw.req.header('idempotency-key')?.trim() || null;
        if (key && key.length > 200) throw invalidField('Idempotency-Key', 'must be at most 200 characters');
        const { item, created } = await createItem(env, params.workspaceId, body, actingUser(principal), key);
        if (created) audit({ targetType: 'content', targetId: item.id, after: auditOf(item) });
        return item;
      },
    }),
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/content/{contentId}',
      access: 'content.read',
      summary: 'One content item with its variants',
      tags: ['content'],
      params: itemParams,
      response: itemSchema,
      handler: ({ params }) => getItem(env, params.workspaceId, params.contentId),
    }),
    defineRoute({
      method: 'patch',
      path: '/workspaces/{workspaceId}/content/{contentId}',
      access: 'content.write',
      summary: 'Edit the master of a draft (send the version you loaded: 409 stale_version otherwise, 409 not_editable unless draft); following variants take the change',
      tags: ['content'],
      params: itemParams,
      body: itemPatchBody,
      response: itemSchema,
      audit: 'content.update',
      handler: async ({ params, body, principal, audit }) => {
        const item = await updateItem(env, params.workspaceId, params.contentId, body, actingUser(principal));
        audit({ targetType: 'content', targetId: item.id, after: auditOf(item) });
        return item;
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/workspaces/{workspaceId}/content/{contentId}',
      access: 'content.write',
      summary: 'Delete a draft with its variants and history (?version= the version you loaded)',
      tags: ['content'],
      params: itemParams,
      query: versionQuery,
      response: itemSchema,
      audit: 'content.delete',
      handler: async ({ params, query, audit }) => {
        const item = await deleteItem(env, params.workspaceId, params.contentId, query.version);
        audit({ targetType: 'content', targetId: item.id, before: auditOf(item) });
        return item;
      },
    }),
  ];
}
