import { pageQuery, workspaceParams } from '@resonance/http';
import { z } from 'zod';

export const assetParams = workspaceParams.extend({ assetId: z.string().min(1) });

const isoDate = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'must be an ISO date or date-time');

export const assetsQuery = pageQuery.extend({
  q: z.string().max(200).optional().describe('Name or tag contains (case-insensitive)'),
  tags: z.string().max(1000).optional().describe('Comma-separated; assets carrying every one'),
  kind: z.enum(['image', 'video']).optional(),
  from: isoDate.optional().describe('Uploaded at or after'),
  to: isoDate.optional().describe('Uploaded before'),
});

export const assetSchema = z.object({
  id: z.string(),
  kind: z.enum(['image', 'video']),
  name: z.string(),
  mimeType: z.string(),
  bytes: z.number().int(),
  sha256: z.string(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  durationMs: z.number().int().nullable(),
  tags: z.array(z.string()),
  url: z.string(),
  thumbnailUrl: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const assetListResponse = z.object({ items: z.array(assetSchema), nextCursor: z.string().nullable() });

const tagList = z.array(z.string().max(40)).max(30);

export const assetPatchBody = z
  .object({
    name: z.string().min(1).max(200).optional(),
    addTags: tagList.optional(),
    removeTags: tagList.optional(),
  })
  .strict();

export const deleteQuery = z.object({
  force: z.enum(['true', 'false']).optional().describe('Owners and admins only: delete although content uses the asset'),
});

export const usageResponse = z.object({
  items: z.array(z.object({ contentId: z.string(), title: z.string().nullable(), status: z.string() })),
});

export const tagsResponse = z.object({ items: z.array(z.object({ tag: z.string(), count: z.number().int() })) });
