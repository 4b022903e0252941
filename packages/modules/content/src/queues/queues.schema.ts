import { z } from 'zod';

/** How many upcoming slots a queue lists. */
export const UPCOMING_SLOTS = 10;
export const MAX_SLOTS = 7 * 24;

export const queueSlotSchema = z.object({
  /** 0 = Monday … 6 = Sunday. */
  weekday: z.number().int().min(0).max(6),
  /** Local time HH:MM (24 h) in the workspace time zone. */
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM (00:00–23:59)'),
});

export const queueParams = z.object({ workspaceId: z.string().min(1), accountId: z.string().min(1) });
export const queueBody = z.object({ slots: z.array(queueSlotSchema).max(MAX_SLOTS) });

const suggestionsSchema = z.object({
  /** analytics_heatmap: the account's posting-time heatmap; platform_default / generic_default: the documented defaults. */
  rule: z.enum(['analytics_heatmap', 'platform_default', 'generic_default']),
  platform: z.string().nullable(),
  reason: z.string(),
  slots: z.array(z.object({ weekday: z.number().int(), hour: z.number().int(), score: z.number() })),
});

const upcomingSchema = z.object({
  at: z.date(),
  localDate: z.string(),
  localTime: z.string(),
  /** A variant of this account is already scheduled in that minute. */
  taken: z.boolean(),
});

export const queueSchema = z.object({
  accountId: z.string(),
  accountName: z.string(),
  platform: z.string(),
  brandId: z.string().nullable(),
  slots: z.array(queueSlotSchema),
  updatedAt: z.date().nullable(),
  /** The next slots from now, free or taken. */
  upcoming: z.array(upcomingSchema),
});

export const queueDetailSchema = queueSchema.extend({ suggestions: suggestionsSchema });
export const queueListResponse = z.object({ timeZone: z.string(), items: z.array(queueSchema) });
export const queueDetailResponse = queueDetailSchema.extend({ timeZone: z.string() });

export const addToQueueParams = z.object({ workspaceId: z.string().min(1), contentId: z.string().min(1), variantId: z.string().min(1) });
export const addToQueueResponse = z.object({
  contentId: z.string(),
  variantId: z.string(),
  accountId: z.string(),
  status: z.string(),
  scheduledAt: z.date().nullable(),
  /** False when the variant already had a future time (a retry changes nothing). */
  changed: z.boolean(),
});
