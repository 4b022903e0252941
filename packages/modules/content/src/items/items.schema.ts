import { workspaceParams } from '@resonance/http';
import { z } from 'zod';

export const FUNNEL_STAGES = ['awareness', 'interest', 'decision', 'loyalty'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

const tag = z.string().trim().min(1, 'must not be empty').max(100);
/** Topics are stored without the platform syntax (`护肤`, not `#护肤#`); each variant renders them its platform's way. */
const topic = tag.refine((t) => !/[\s#]/u.test(t), 'must not contain spaces or #');
/** Mentions as platform handles without the `@`. */
const mention = tag.transform((m) => m.replace(/^@/, '')).refine((m) => m.length > 0 && !/\s/u.test(m), 'must be a handle without spaces');

export const mediaRefSchema = z.object({ assetId: z.string().min(1).max(100) });
export const linkRefSchema = z.object({
  url: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).max(2000),
  label: z.string().trim().max(200).nullable().optional(),
});

const fields = {
  brandId: z.string().min(1).max(100).nullable(),
  title: z.string().trim().max(500).nullable(),
  body: z.string().max(50_000),
  media: z.array(mediaRefSchema).max(50),
  links: z.array(linkRefSchema).max(50),
  topics: z.array(topic).max(50),
  mentions: z.array(mention).max(50),
  pillar: z.string().trim().min(1).max(100).nullable(),
  funnelStage: z.enum(FUNNEL_STAGES).nullable(),
  campaign: z.string().trim().min(1).max(100).nullable(),
  sponsored: z.boolean(),
  ownerId: z.string().min(1).max(100),
};

export const newItemBody = z.object({
  brandId: fields.brandId.optional(),
  title: fields.title.optional(),
  body: fields.body.default(''),
  media: fields.media.default([]),
  links: fields.links.default([]),
  topics: fields.topics.default([]),
  mentions: fields.mentions.default([]),
  pillar: fields.pillar.optional(),
  funnelStage: fields.funnelStage.optional(),
  campaign: fields.campaign.optional(),
  sponsored: fields.sponsored.default(false),
  /** Defaults to the caller. Must be a member of the workspace. */
  ownerId: fields.ownerId.optional(),
  /** Target accounts: one variant each, derived from the master. */
  accountIds: z.array(z.string().min(1).max(100)).max(50).default([]),
});
export type NewItem = z.output<typeof newItemBody>;

/** Any subset of the master fields plus the `version` the client last saw (409 `stale_version` otherwise). */
export const itemPatchBody = z.object({
  version: z.number().int().min(1),
  brandId: fields.brandId.optional(),
  title: fields.title.optional(),
  body: fields.body.optional(),
  media: fields.media.optional(),
  links: fields.links.optional(),
  topics: fields.topics.optional(),
  mentions: fields.mentions.optional(),
  pillar: fields.pillar.optional(),
  funnelStage: fields.funnelStage.optional(),
  campaign: fields.campaign.optional(),
  sponsored: fields.sponsored.optional(),
  ownerId: fields.ownerId.optional(),
});
export type ItemPatch = z.output<typeof itemPatchBody>;

export const itemParams = workspaceParams.extend({ contentId: z.string().min(1) });
export const versionQuery = z.object({ version: z.coerce.number().int().min(1) });

export const itemsQuery = z.object({
  status: z.string().min(1).max(40).optional(),
  brandId: z.string().min(1).optional(),
  accountId: z.string().min(1).optional(),
  pillar: z.string().min(1).optional(),
  funnelStage: z.enum(FUNNEL_STAGES).optional(),
  campaign: z.string().min(1).optional(),
  ownerId: z.string().min(1).optional(),
  /** Case-insensitive text search in title and body. */
  q: z.string().trim().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** The `nextCursor` of the previous page. */
  cursor: z.string().max(200).optional(),
});
export type ItemsQuery = z.output<typeof itemsQuery>;

export const variantSchema = z.object({
  id: z.string(),
  contentId: z.string(),
  accountId: z.string(),
  platform: z.string(),
  title: z.string().nullable(),
  body: z.string(),
  media: z.array(mediaRefSchema),
  hashtags: z.array(z.string()),
  customised: z.boolean(),
  scheduledAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

export const itemSummarySchema = z.object({
  id: z.string(),
  brandId: z.string().nullable(),
  title: z.string().nullable(),
  body: z.string(),
  media: z.array(mediaRefSchema),
  links: z.array(z.object({ url: z.string(), label: z.string().nullable().optional() })),
  topics: z.array(z.string()),
  mentions: z.array(z.string()),
  pillar: z.string().nullable(),
  funnelStage: z.enum(FUNNEL_STAGES).nullable(),
  campaign: z.string().nullable(),
  sponsored: z.boolean(),
  ownerId: z.string(),
  status: z.string(),
  compliance: z.unknown().nullable(),
  version: z.number().int(),
  createdBy: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  /** Target accounts (one variant each). */
  accountIds: z.array(z.string()),
});

export const itemSchema = itemSummarySchema.extend({ variants: z.array(variantSchema) });
export const itemListResponse = z.object({ items: z.array(itemSummarySchema), nextCursor: z.string().nullable() });

export type ContentItemSummary = z.output<typeof itemSummarySchema>;
export type ContentItem = z.output<typeof itemSchema>;
export type ContentVariant = z.output<typeof variantSchema>;
