import { defineRoute, type AnyRoute, type ModuleContext } from '@resonance/http';
import { actingUser } from '../acting-user.js';
import type { ContentModuleDeps } from '../deps.js';
import { itemParams, itemSchema, versionQuery } from '../items/items.schema.js';
import { itemEnv } from '../items/items.routes.js';
import { newVariantBody, variantParams, variantPatchBody, versionBody } from './variants.schema.js';
import { addVariant, editVariant, removeVariant, resetVariant } from './variants.service.js';

/** Variant routes answer with the whole item (one version for master and variants). */
export function variantRoutes(ctx: ModuleContext, deps: ContentModuleDeps): AnyRoute[] {
  const env = itemEnv(ctx, deps);
  return [
    defineRoute({
      method: 'post',
      path: '/workspaces/{workspaceId}/content/{contentId}/variants',
      access: 'content.write',
      summary: 'Add a variant for a target account, derived from the master (follows master edits until customised)',
      tags: ['content'],
      params: itemParams,
      body: newVariantBody,
      response: itemSchema,
      audit: 'content.variant_add',
      handler: async ({ params, body, principal, audit }) => {
        const item = await addVariant(env, params.workspaceId, params.contentId, body, actingUser(principal));
        audit({ targetType: 'content', targetId: item.id, after: { accountId: body.accountId } });
        return item;
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/workspaces/{workspaceId}/content/{contentId}/variants/{variantId}',
      access: 'content.write',
      summary: 'Edit a variant (title, body, media, hashtags); it becomes customised and stops following the master',
      tags: ['content'],
      params: variantParams,
      body: variantPatchBody,
      response: itemSchema,
      audit: 'content.variant_update',
      handler: async ({ params, body, principal, audit }) => {
        const item = await editVariant(env, params.workspaceId, params.contentId, params.variantId, body, actingUser(principal));
        audit({ targetType: 'content_variant', targetId: params.variantId });
        return item;
      },
    }),
    defineRoute({
      method: 'post',
      path: '/workspaces/{workspaceId}/content/{contentId}/variants/{variantId}/reset',
      access: 'content.write',
      summary: 'Reset a variant to the master (customised = false again)',
      tags: ['content'],
      params: variantParams,
      body: versionBody,
      status: 200,
      response: itemSchema,
      audit: 'content.variant_reset',
      handler: async ({ params, body, principal, audit }) => {
        const item = await resetVariant(env, params.workspaceId, params.contentId, params.variantId, body.version, actingUser(principal));
        audit({ targetType: 'content_variant', targetId: params.variantId });
        return item;
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/workspaces/{workspaceId}/content/{contentId}/variants/{variantId}',
      access: 'content.write',
      summary: 'Remove a variant (?version= the item version you loaded)',
      tags: ['content'],
      params: variantParams,
      query: versionQuery,
      response: itemSchema,
      audit: 'content.variant_remove',
      handler: async ({ params, query, principal, audit }) => {
        const item = await removeVariant(env, params.workspaceId, params.contentId, params.variantId, query.version, actingUser(principal));
        audit({ targetType: 'content_variant', targetId: params.variantId });
        return item;
      },
    }),
  ];
}
