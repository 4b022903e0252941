import { defineRoute, type AnyRoute, type ModuleContext } from '@resonance/http';
import { z } from 'zod';
import { actingUser } from '../acting-user.js';
import type { ContentModuleDeps } from '../deps.js';
import { itemParams } from '../items/items.schema.js';
import { createLink, followLink, listLinks, type LinkEnv } from './links.service.js';

const utmValue = z.string().trim().max(200);
const newLinkBody = z.object({
  url: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).max(2000),
  accountId: z.string().min(1).max(100).nullable().optional(),
  utm: z
    .object({ utm_source: utmValue.optional(), utm_medium: utmValue.optional(), utm_campaign: utmValue.optional(), utm_content: utmValue.optional(), utm_term: utmValue.optional() })
    .optional(),
});

const linkSchema = z.object({
  id: z.string(),
  contentId: z.string(),
  variantId: z.string().nullable(),
  accountId: z.string().nullable(),
  code: z.string(),
  shortUrl: z.string(),
  targetUrl: z.string(),
  utm: z.record(z.string(), z.string()),
  url: z.string(),
  clicks: z.number().int(),
  createdBy: z.string().nullable(),
  createdAt: z.date(),
});

const strip = <T extends { workspaceId: string }>({ workspaceId: _w, ...l }: T): Omit<T, 'workspaceId'> => l;

export function linkRoutes(ctx: ModuleContext, deps: ContentModuleDeps): AnyRoute[] {
  const env: LinkEnv = {
    db: ctx.db,
    secrets: ctx.secrets,
    now: () => ctx.clock.now(),
    publicUrl: ctx.config.publicUrl,
    listAccounts: deps.listAccounts,
    recordLinkClick: deps.recordLinkClick,
    logger: ctx.logger,
  };
  return [
    defineRoute({
      method: 'post',
      path: '/workspaces/{workspaceId}/content/{contentId}/links',
      access: 'content.write',
      summary: 'Tracked short link for a URL with UTM parameters (defaults: the account platform, social, the campaign tag, the item id); the same link twice is the same code',
      tags: ['content'],
      params: itemParams,
      body: newLinkBody,
      response: linkSchema,
      audit: 'content.link_create',
      handler: async ({ params, body, principal, audit }) => {
        const { link, created } = await createLink(env, params.workspaceId, params.contentId, body, actingUser(principal));
        if (created) audit({ targetType: 'content_link', targetId: link.id, after: { code: link.code, url: link.url } });
        return strip(link);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/content/{contentId}/links',
      access: 'content.read',
      summary: "The item's tracked short links with their click counts",
      tags: ['content'],
      params: itemParams,
      response: z.object({ items: z.array(linkSchema) }),
      handler: async ({ params }) => ({ items: (await listLinks(env, params.workspaceId, params.contentId)).map(strip) }),
    }),
    defineRoute({
      method: 'get',
      path: '/l/{code}',
      access: 'public',
      authenticate: false,
      audit: false,
      summary: 'Short-link redirect (also served at /l/{code} on the host): 302 to the target with its UTM parameters; the click becomes a link_click event',
      tags: ['content'],
      params: z.object({ code: z.string().min(1).max(64) }),
      status: 302,
      handler: async ({ params, ip, userAgent, raw }) => {
        const url = await followLink(env, params.code, { ip: ip || null, userAgent: userAgent || null, referrer: raw.req.header('referer') ?? null });
        return new Response(null, { status: 302, headers: { location: url, 'cache-control': 'no-store', 'referrer-policy': 'no-referrer-when-downgrade' } });
      },
    }),
  ];
}
