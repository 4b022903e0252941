import { z } from 'zod';

export const metricsQuery = z.object({
  /** Local dates (workspace time zone), inclusive; default: the last 90 days to today. */
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  interval: z.enum(['day', 'week']).default('day'),
});

const counts = z.record(z.string(), z.number().int());
const point = z.object({
  /** First local date of the period (a Monday for weeks). */
  period: z.string(),
  checked: z.number().int(),
  flagged: z.number().int(),
  rate: z.number().nullable(),
  passed: z.number().int(),
  review: z.number().int(),
  blocked: z.number().int(),
  /** Items with ≥ 1 finding of the category. */
  byCategory: counts,
  /** Flagged items by their highest severity. */
  bySeverity: counts,
});

export const metricsResponse = z.object({
  timeZone: z.string(),
  interval: z.enum(['day', 'week']),
  from: z.string(),
  to: z.string(),
  target: z.object({ start: z.number(), goal: z.number() }),
  series: z.array(point),
  totals: point,
});
