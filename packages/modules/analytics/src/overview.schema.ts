import { z } from 'zod';
import { DEFAULT_DAYS, MAX_DAYS, MIN_DAYS } from './overview.service.js';

export const overviewQuery = z.object({
  days: z.coerce.number().int().min(MIN_DAYS).max(MAX_DAYS).default(DEFAULT_DAYS),
  accountId: z.string().min(1).optional(),
});

const compare = z.object({ current: z.number(), previous: z.number() });

export const overviewResponse = z.object({
  timeZone: z.string(),
  range: z.object({ days: z.number().int(), from: z.string(), to: z.string(), previousFrom: z.string(), previousTo: z.string() }),
  totals: z.object({
    followers: compare,
    netFollows: compare,
    postsPublished: compare,
    impressions: compare,
    engagements: compare,
    engagementRate: compare,
  }),
  followersByAccount: z.array(
    z.object({
      accountId: z.string(),
      accountName: z.string(),
      platform: z.string(),
      simulates: z.string().nullable(),
      followers: z.number().int(),
      netFollows: z.number().int(),
    }),
  ),
  topPosts: z.array(
    z.object({
      publicationId: z.string(),
      accountId: z.string(),
      accountName: z.string(),
      title: z.string().nullable(),
      excerpt: z.string().nullable(),
      permalink: z.string().nullable(),
      publishedAt: z.string(),
      impressions: z.number().int(),
      engagements: z.number().int(),
      engagementRate: z.number(),
    }),
  ),
  daily: z.array(
    z.object({
      date: z.string(),
      impressions: z.number().int(),
      engagements: z.number().int(),
      follows: z.number().int(),
      unfollows: z.number().int(),
      postsPublished: z.number().int(),
    }),
  ),
});
