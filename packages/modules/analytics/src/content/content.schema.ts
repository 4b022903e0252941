import { z } from 'zod';
import { POST_METRICS } from './content-metrics.js';

const localDate = z.iso.date();

/** from/to: local dates in the workspace time zone, inclusive; default the last 28 days ending today. */
const rangeQuery = {
  from: localDate.optional(),
  to: localDate.optional(),
};
const filterQuery = {
  accountId: z.string().min(1).max(100).optional(),
  /** A platform id; a sandbox account counts as the platform it simulates. */
  platform: z.string().min(1).max(50).optional(),
  pillar: z.string().min(1).max(100).optional(),
  funnelStage: z.string().min(1).max(50).optional(),
};

export const POST_SORTS = ['published_at', ...POST_METRICS] as const;
export type PostSort = (typeof POST_SORTS)[number];

export const postsQuery = z.object({
  ...rangeQuery,
  ...filterQuery,
  sort: z.enum(POST_SORTS).default('engagements'),
  order: z.enum(['asc', 'desc']).default('desc'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(40).optional(),
});

export const COMPARE_BY = ['platform', 'pillar', 'funnelStage', 'account'] as const;
export type CompareBy = (typeof COMPARE_BY)[number];

export const compareQuery = z.object({ ...rangeQuery, ...filterQuery, by: z.enum(COMPARE_BY).default('platform') });

export const heatmapQuery = z.object({ ...rangeQuery, accountId: filterQuery.accountId });

const metricsShape = Object.fromEntries(POST_METRICS.map((id) => [id, z.number()])) as Record<(typeof POST_METRICS)[number], z.ZodNumber>;
export const postMetricsSchema = z.object(metricsShape);

const rangeSchema = z.object({ from: z.string(), to: z.string() });

export const postSchema = z.object({
  publicationId: z.string(),
  accountId: z.string().nullable(),
  accountName: z.string().nullable(),
  platform: z.string(),
  title: z.string().nullable(),
  excerpt: z.string().nullable(),
  permalink: z.string().nullable(),
  mediaKind: z.string().nullable(),
  pillar: z.string().nullable(),
  funnelStage: z.string().nullable(),
  publishedAt: z.string(),
  metrics: postMetricsSchema,
});

export const postsResponse = z.object({
  timeZone: z.string(),
  range: rangeSchema,
  sort: z.enum(POST_SORTS),
  order: z.enum(['asc', 'desc']),
  /** Posts matching the filters (all pages). */
  total: z.number().int(),
  items: z.array(postSchema),
  nextCursor: z.string().nullable(),
});

export const compareResponse = z.object({
  timeZone: z.string(),
  range: rangeSchema,
  by: z.enum(COMPARE_BY),
  groups: z.array(
    z.object({
      /** The platform id, pillar, funnel stage or account id; null = posts without one. */
      key: z.string().nullable(),
      /** The account's name when grouping by account. */
      label: z.string().nullable(),
      posts: z.number().int(),
      /** The group's events together (reach: distinct fans across its posts; rates from the sums). */
      metrics: postMetricsSchema,
      /** The mean of the per-post values over the group's posts. */
      perPost: postMetricsSchema,
    }),
  ),
});

const slotSchema = z.object({
  hour: z.number().int(),
  posts: z.number().int(),
  medianEngagementRate: z.number(),
  avgEngagementRate: z.number(),
});

export const heatmapResponse = z.object({
  timeZone: z.string(),
  range: rangeSchema,
  posts: z.number().int(),
  /** Non-empty cells only: weekday 1 = Monday … 7 = Sunday, hour 0–23 (local). */
  cells: z.array(
    z.object({
      weekday: z.number().int(),
      hour: z.number().int(),
      posts: z.number().int(),
      avgEngagementRate: z.number(),
      avgEngagements: z.number(),
    }),
  ),
  bestTimes: z.object({
    rule: z.object({
      windowDays: z.number().int(),
      windowFrom: z.string(),
      windowTo: z.string(),
      slot: z.literal('hour_of_day'),
      metric: z.literal('engagement_rate_by_impressions'),
      rankBy: z.literal('median'),
      minPostsPerSlot: z.number().int(),
      top: z.number().int(),
      tieBreak: z.array(z.enum(['posts', 'earlier_hour'])),
    }),
    accounts: z.array(
      z.object({
        accountId: z.string(),
        accountName: z.string(),
        platform: z.string(),
        /** Posts of the account in the window. */
        posts: z.number().int(),
        /** Median engagement rate of all its posts in the window (to compare the slots with). */
        medianEngagementRate: z.number(),
        /** Hours with at least minPostsPerSlot posts. */
        eligibleSlots: z.number().int(),
        status: z.enum(['ok', 'not_enough_data']),
        slots: z.array(slotSchema),
      }),
    ),
  }),
});
