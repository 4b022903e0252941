import { z } from 'zod';
import { breakdown, dateRange, eventFilters, interval } from '../query/query.schema.js';

/** A series: a catalog metric, or an ad-hoc event measure (count, distinct fans, sum of a property). */
export const trendSeries = z.union([
  z.object({ metric: z.string().min(1).max(64) }),
  z.object({
    event: z.string().min(1).max(200),
    math: z.enum(['count', 'fans', 'sum']).default('count'),
    /** The numeric property summed when math is sum. */
    property: z.string().min(1).max(100).optional(),
    filters: eventFilters.optional(),
  }),
]);
export type TrendSeriesInput = z.infer<typeof trendSeries>;

export const trendBody = z.object({
  range: dateRange,
  interval: interval.default('day'),
  series: z.array(trendSeries).min(1).max(10),
  /** Applied to every series' events. */
  filters: eventFilters.optional(),
  breakdown: breakdown.optional(),
  /** Also compute the same-length period just before `range`. */
  compare: z.boolean().default(false),
  /** Most breakdown values returned per series (the largest by total). */
  breakdownLimit: z.number().int().min(1).max(50).default(10),
});
export type TrendBody = z.infer<typeof trendBody>;

const point = z.object({ bucket: z.string(), value: z.number() });
const line = z.object({ group: z.string().nullable(), total: z.number(), points: z.array(point) });
export const trendResponse = z.object({
  range: z.object({ from: z.string(), to: z.string() }),
  interval,
  timeZone: z.string(),
  series: z.array(
    z.object({
      key: z.string(),
      metric: z.string().nullable(),
      unit: z.string(),
      /** Whether the buckets add up to the total (counts and sums; not distinct fans, ratios or levels). */
      additive: z.boolean(),
      lines: z.array(line),
      previous: z.object({ range: z.object({ from: z.string(), to: z.string() }), lines: z.array(line) }).nullable(),
    }),
  ),
});
export type TrendResponse = z.infer<typeof trendResponse>;
export type TrendLine = z.infer<typeof line>;
