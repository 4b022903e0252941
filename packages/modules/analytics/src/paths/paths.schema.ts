import { z } from 'zod';
import { eventName } from '../query/event-spec.js';
import { dateRange, eventFilters } from '../query/query.schema.js';

export const MAX_PATH_STEPS = 5;

export const pathsBody = z
  .object({
    /** Local dates (workspace time zone): the anchor events and the path events both fall in the range. */
    range: dateRange,
    /** The anchor event. */
    event: eventName,
    /** Conditions on the anchor event only. */
    eventFilters: eventFilters.optional(),
    /** after: the events that follow each anchor; before: the events that lead to it. */
    direction: z.enum(['after', 'before']).default('after'),
    /** How many distinct-consecutive events to follow (1–5). */
    steps: z.number().int().min(1).max(MAX_PATH_STEPS).default(3),
    /** Event names left out of paths altogether (e.g. impression). */
    excludeEvents: z.array(eventName).max(50).optional(),
    /** Conditions on every event read (anchor and path events). */
    filters: eventFilters.optional(),
    limit: z.number().int().min(1).max(100).default(20),
  })
  .refine((b) => !b.excludeEvents?.includes(b.event), { message: 'must not contain the anchor event', path: ['excludeEvents'] });
export type PathsQuery = z.output<typeof pathsBody>;

export const pathsResponse = z.object({
  timeZone: z.string(),
  direction: z.enum(['after', 'before']),
  steps: z.number().int(),
  /** Anchor events counted (each has exactly one path). */
  totalOccurrences: z.number().int(),
  /** Fans with at least one anchor event. */
  totalFans: z.number().int(),
  /** Distinct paths (`sequences` holds the first `limit`). */
  totalSequences: z.number().int(),
  /** Most common first: by fans, then occurrences. `events` are in time order (for before: ending just before the anchor); empty = nothing after/before it. */
  sequences: z.array(z.object({ events: z.array(z.string()), occurrences: z.number().int(), fans: z.number().int() })),
});
export type PathsResult = z.infer<typeof pathsResponse>;
