import { z } from 'zod';

export const FAN_ID = /^fan_[0-9a-z]+$/;
export const MAX_TIMELINE_FANS = 100;
const fanId = z.string().regex(FAN_ID, 'must be a fan id');

export const timelineQuery = z.object({
  /**
   * The fan ids whose events to show, 1–100, repeated (`?fanId=a&fanId=b`): a profile's
   * `mergedFanIds` (its own id and the fans merged into it).
   */
  fanId: z.union([fanId, z.array(fanId).min(1).max(MAX_TIMELINE_FANS)]),
  /** Cursor: the `nextBefore` of the previous page (an event's seq); events after it in the order come next. */
  before: z.string().regex(/^[1-9][0-9]{0,18}$/, 'must be the nextBefore of a previous page').optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** Only events of this name. */
  name: z.string().trim().min(1).max(200).optional(),
});

export const timelineEvent = z.object({
  /** The event's seq (as text): unique and the paging cursor. */
  seq: z.string(),
  name: z.string(),
  /** The fan id the event was written with (one of the requested ids). */
  fanId: z.string(),
  occurredAt: z.string(),
  platform: z.string(),
  accountId: z.string().nullable(),
  publicationId: z.string().nullable(),
  sourceId: z.string(),
  /** E-mail and phone values masked without fans.pii. */
  properties: z.record(z.string(), z.unknown()),
});
export type TimelineEvent = z.infer<typeof timelineEvent>;

export const timelineResponse = z.object({ items: z.array(timelineEvent), nextBefore: z.string().nullable() });
