import { z } from 'zod';
import { eventSpec } from '../query/event-spec.js';
import { breakdown, dateRange, eventFilters } from '../query/query.schema.js';

export const FUNNEL_ORDERS = ['sequential', 'strict', 'any'] as const;
export type FunnelOrder = (typeof FUNNEL_ORDERS)[number];
export const MIN_STEPS = 2;
export const MAX_STEPS = 10;
export const DEFAULT_WINDOW_SECONDS = 7 * 86_400;
export const MAX_WINDOW_SECONDS = 366 * 86_400;
export const DEFAULT_BREAKDOWN_LIMIT = 20;
export const MAX_FANS_PAGE = 1000;

/** One step (or the exclusion): an event name and conditions on that event. */
export const funnelStep = eventSpec;
export type FunnelStep = z.infer<typeof funnelStep>;

export const funnelBody = z.object({
  /** Local dates (workspace time zone) in which a fan's first step must happen; later steps may fall after `to`, within the window. */
  range: dateRange,
  steps: z.array(funnelStep).min(MIN_STEPS).max(MAX_STEPS),
  /** Conversion window, measured from the first step's event. */
  windowSeconds: z.number().int().min(1).max(MAX_WINDOW_SECONDS).default(DEFAULT_WINDOW_SECONDS),
  /** sequential: in order, other events allowed between; strict: each step is the fan's very next funnel event; any: step 1 first, the rest in any order. */
  order: z.enum(FUNNEL_ORDERS).default('sequential'),
  /** A fan who does this strictly between their first step and their last reached step is left out of the funnel. */
  exclusion: funnelStep.optional(),
  /** Split by a column or property of the first step's event. */
  breakdown: breakdown.optional(),
  /** At most this many breakdown values (the ones with most fans at step 1). */
  breakdownLimit: z.number().int().min(1).max(100).default(DEFAULT_BREAKDOWN_LIMIT),
  /** Conditions on every event the funnel reads (steps and exclusion). */
  filters: eventFilters.optional(),
});
export type FunnelQuery = z.output<typeof funnelBody>;

const fansExtra = {
  /** 1-based step. converted = reached this step; dropped = reached the step before it but not this one (step ≥ 2). */
  step: z.number().int().min(1).max(MAX_STEPS),
  status: z.enum(['dropped', 'converted']),
  /** Only fans of this breakdown value (null = fans without a value); needs `breakdown`. */
  breakdownValue: z.string().max(500).nullable().optional(),
};

function checkStep(b: { step: number; status: string; steps: unknown[]; breakdown?: unknown; breakdownValue?: unknown }, ctx: z.RefinementCtx) {
  if (b.step > b.steps.length) ctx.addIssue({ code: 'custom', path: ['step'], message: `must be at most the number of steps (${b.steps.length})` });
  if (b.status === 'dropped' && b.step < 2) ctx.addIssue({ code: 'custom', path: ['step'], message: 'dropped fans are counted from step 2 (they reached the step before it)' });
  if (b.breakdownValue !== undefined && !b.breakdown) ctx.addIssue({ code: 'custom', path: ['breakdownValue'], message: 'needs breakdown' });
}

export const funnelFansBody = funnelBody
  .extend({
    ...fansExtra,
    limit: z.number().int().min(1).max(MAX_FANS_PAGE).default(100),
    /** The previous page's `nextCursor`. */
    cursor: z.string().min(1).max(500).optional(),
  })
  .superRefine(checkStep);
export type FunnelFansQuery = z.output<typeof funnelFansBody>;

export const funnelFansCsvBody = funnelBody.extend(fansExtra).superRefine(checkStep);
export type FunnelFansCsvQuery = z.output<typeof funnelFansCsvBody>;

const stepResult = z.object({
  step: z.number().int(),
  event: z.string(),
  /** Fans who reached this step. */
  fans: z.number().int(),
  /** fans ÷ fans of the previous step (1 for step 1 when anyone entered; 0 when the denominator is 0). */
  conversionFromPrevious: z.number(),
  /** fans ÷ fans of step 1. */
  conversionFromFirst: z.number(),
  /** Fans who reached the previous step but not this one. */
  dropped: z.number().int(),
  /** Median seconds from the previous step to this one over the fans who reached this step (null for step 1 or nobody). */
  medianSecondsFromPrevious: z.number().nullable(),
});
export type FunnelStepResult = z.infer<typeof stepResult>;

export const funnelResponse = z.object({
  timeZone: z.string(),
  range: z.object({ from: z.string(), to: z.string() }),
  order: z.enum(FUNNEL_ORDERS),
  windowSeconds: z.number().int(),
  steps: z.array(stepResult),
  breakdown: z
    .object({
      field: z.string(),
      property: z.string().optional(),
      /** Distinct values among the fans who entered; `values` holds at most `breakdownLimit` of them. */
      totalValues: z.number().int(),
      values: z.array(z.object({ value: z.string().nullable(), steps: z.array(stepResult) })),
    })
    .nullable(),
});
export type FunnelResult = z.infer<typeof funnelResponse>;

export const funnelFan = z.object({
  /** The canonical fan id (after merges). */
  fanId: z.string(),
  /** Last step the fan reached. */
  lastStep: z.number().int(),
  /** When the fan reached that step (ISO 8601). */
  reachedAt: z.string(),
});
export type FunnelFan = z.infer<typeof funnelFan>;

export const funnelFansResponse = z.object({ items: z.array(funnelFan), nextCursor: z.string().nullable() });
