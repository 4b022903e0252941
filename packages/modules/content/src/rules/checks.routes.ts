import { PLATFORM_RULE_SETS } from '@resonance/connector-sdk';
import { defineRoute, workspaceParams, type AnyRoute, type ModuleContext } from '@resonance/http';
import { z } from 'zod';
import type { ContentModuleDeps } from '../deps.js';
import { itemParams, mediaRefSchema } from '../items/items.schema.js';
import { draftChecks, itemChecks, type CheckEnv } from './checks.service.js';

const finding = z.object({
  code: z.string(),
  field: z.string(),
  severity: z.enum(['error', 'warning']),
  message: z.object({ zh: z.string(), en: z.string() }),
  source: z.string(),
});
const variantChecks = z.object({
  variantId: z.string().nullable(),
  accountId: z.string(),
  platform: z.string(),
  previewPlatform: z.string(),
  rulesFrom: z.array(z.string()),
  findings: z.array(finding),
});
const draftCheckBody = z.object({
  accountId: z.string().min(1).max(100),
  title: z.string().max(500).nullable().default(null),
  body: z.string().max(50_000).default(''),
  media: z.array(mediaRefSchema).max(50).default([]),
  hashtags: z.array(z.string().max(100)).max(50).default([]),
});
const ruleSetsResponse = z.object({
  platforms: z.array(z.object({
    platform: z.string(),
    rules: z.record(z.string(), z.unknown()),
    sources: z.array(z.object({ fields: z.array(z.string()), url: z.string(), note: z.string() })),
  })),
  connectors: z.array(z.object({ platform: z.string(), rules: z.record(z.string(), z.unknown()) })),
});

export function checkRoutes(ctx: ModuleContext, deps: ContentModuleDeps): AnyRoute[] {
  const env: CheckEnv = { db: ctx.db, connectors: deps.connectors, assetInfo: deps.assetInfo, listAccounts: deps.listAccounts };
  return [
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/content/{contentId}/checks',
      access: 'content.read',
      summary: "Platform rule findings per variant (length as the platform counts it, title, media, hashtag syntax, links), errors first",
      tags: ['content'],
      params: itemParams,
      response: z.object({ contentId: z.string(), version: z.number().int(), variants: z.array(variantChecks) }),
      handler: ({ params }) => itemChecks(env, params.workspaceId, params.contentId),
    }),
    defineRoute({
      method: 'post',
      path: '/workspaces/{workspaceId}/content-rules/check',
      access: 'content.read',
      summary: 'Check unsaved text for one target account against its platform rules (live warnings while typing); stores nothing',
      tags: ['content'],
      params: workspaceParams,
      body: draftCheckBody,
      status: 200,
      audit: false,
      response: variantChecks,
      handler: ({ params, body }) => draftChecks(env, params.workspaceId, body),
    }),
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/content-rules',
      access: 'content.read',
      summary: 'The documented rule sets per platform (with their sources) and the rules each installed connector declares',
      tags: ['content'],
      params: workspaceParams,
      response: ruleSetsResponse,
      handler: async () => ({
        platforms: Object.values(PLATFORM_RULE_SETS).map((s) => ({ platform: s.platform, rules: { ...s.rules }, sources: s.sources.map((x) => ({ ...x, fields: [...x.fields] })) })),
        connectors: [...deps.connectors.values()].map((c) => ({ platform: c.platform, rules: { ...c.contentRules } })),
      }),
    }),
  ];
}
