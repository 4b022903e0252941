import { z } from 'zod';
import { FUNNEL_STAGES, MEDIA_KINDS, PUBLICATION_STATUSES } from './publication.types.js';

export const publicationsQuery = z.object({
  accountId: z.string().min(1).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().min(1).max(200).optional(),
});

export const publicationSchema = z.object({
  id: z.string(),
  accountId: z.string(),
  brandId: z.string().nullable(),
  remoteId: z.string().nullable(),
  permalink: z.string().nullable(),
  title: z.string().nullable(),
  text: z.string(),
  mediaKind: z.enum(MEDIA_KINDS),
  mediaCount: z.number().int(),
  hashtags: z.array(z.string()),
  funnelStage: z.enum(FUNNEL_STAGES).nullable(),
  pillar: z.string().nullable(),
  status: z.enum(PUBLICATION_STATUSES),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
});

export const publicationListResponse = z.object({ items: z.array(publicationSchema), nextCursor: z.string().nullable() });
