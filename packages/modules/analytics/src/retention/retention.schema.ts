import { z } from 'zod';
import { eventSpec } from '../query/event-spec.js';
import { dateRange, eventFilters } from '../query/query.schema.js';

export const RETENTION_INTERVALS = ['day', 'week', 'month'] as const;
export type RetentionInterval = (typeof RETENTION_INTERVALS)[number];
export const RETENTION_MODES = ['first_time', 'recurring'] as const;
export const MAX_PERIODS = 60;

export const retentionBody = z.object({
  /** Local dates (workspace time zone) of the start events that form cohorts. */
  range: dateRange,
  /** Cohort and period length: local day, week (Monday start) or calendar month. */
  interval: z.enum(RETENTION_INTERVALS),
  startEvent: eventSpec,
  /** The event that counts as coming back, or 'any' event. */
  returnEvent: z.union([z.literal('any'), eventSpec]),
  /** first_time: a fan's cohort is the period of their first-ever start event (which must fall in the range); recurring: every period with a start event. */
  mode: z.enum(RETENTION_MODES).default('first_time'),
  /** Periods after the cohort's own period to report (1–60). */
  periods: z.number().int().min(1).max(MAX_PERIODS),
  /** Conditions on every event read (start and return events). */
  filters: eventFilters.optional(),
});
export type RetentionQuery = z.output<typeof retentionBody>;

export const retentionResponse = z.object({
  timeZone: z.string(),
  interval: z.enum(RETENTION_INTERVALS),
  mode: z.enum(RETENTION_MODES),
  periods: z.number().int(),
  /** Every period of the range (zero-filled), oldest first. */
  cohorts: z.array(
    z.object({
      /** First local date of the cohort's period (the Monday for weeks, the 1st for months). */
      cohort: z.string(),
      size: z.number().int(),
      /** Fans of the cohort who returned in period 1..periods after it; null = that period has not started yet. */
      returned: z.array(z.number().int().nullable()),
      /** returned ÷ size (0 when the cohort is empty; null when the period has not started). */
      rates: z.array(z.number().nullable()),
    }),
  ),
  /** Per period: returned ÷ size summed over the cohorts that have reached that period (weighted by cohort size); null when those cohorts hold no fans. */
  curve: z.array(z.object({ period: z.number().int(), returned: z.number().int(), size: z.number().int(), rate: z.number().nullable() })),
});
export type RetentionResult = z.infer<typeof retentionResponse>;
