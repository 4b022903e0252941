import { z } from 'zod';

const localDate = z.iso.date();
const MAX_SPAN_DAYS = 731;
const span = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;

const fields = {
  name: z.string().trim().min(1, 'must not be empty').max(200),
  /** A catalog metric id (`GET …/metrics`). */
  metricId: z.string().min(1).max(100),
  /** Narrow the metric to one account; null = the whole workspace. */
  accountId: z.string().min(1).max(100).nullable(),
  /** Omitted or null: the metric over the equally long period just before startDate. */
  baselineValue: z.number().finite().nullable(),
  /** Exactly one of targetValue and targetChangePercent (target = baseline × (1 + percent / 100)). */
  targetValue: z.number().finite(),
  targetChangePercent: z.number().finite().min(-100).max(1_000_000),
  startDate: localDate,
  endDate: localDate,
  /** e.g. "Q3" or any label. */
  stage: z.string().trim().max(50).nullable(),
};

export const newGoalBody = z
  .object({
    name: fields.name,
    metricId: fields.metricId,
    accountId: fields.accountId.optional(),
    baselineValue: fields.baselineValue.optional(),
    targetValue: fields.targetValue.optional(),
    targetChangePercent: fields.targetChangePercent.optional(),
    startDate: fields.startDate,
    endDate: fields.endDate,
    stage: fields.stage.optional(),
  })
  .superRefine((g, ctx) => {
    if ((g.targetValue === undefined) === (g.targetChangePercent === undefined))
      ctx.addIssue({ code: 'custom', path: ['targetValue'], message: 'give exactly one of targetValue and targetChangePercent' });
    if (g.endDate < g.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'must not be before startDate' });
    else if (span(g.startDate, g.endDate) > MAX_SPAN_DAYS) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'a goal may span at most 2 years' });
  });
export type NewGoal = z.infer<typeof newGoalBody>;

/** Any subset; setting targetValue clears targetChangePercent and the other way round. */
export const goalPatchBody = z
  .object({
    name: fields.name.optional(),
    metricId: fields.metricId.optional(),
    accountId: fields.accountId.optional(),
    baselineValue: fields.baselineValue.optional(),
    targetValue: fields.targetValue.optional(),
    targetChangePercent: fields.targetChangePercent.optional(),
    startDate: fields.startDate.optional(),
    endDate: fields.endDate.optional(),
    stage: fields.stage.optional(),
  })
  .refine((g) => g.targetValue === undefined || g.targetChangePercent === undefined, {
    path: ['targetValue'],
    message: 'give at most one of targetValue and targetChangePercent',
  });
export type GoalPatch = z.infer<typeof goalPatchBody>;

export const goalParams = z.object({ workspaceId: z.string().min(1), goalId: z.string().min(1) });
export const goalsQuery = z.object({ includeArchived: z.enum(['true', 'false']).optional() });

const point = z.object({ date: z.string(), value: z.number() });

export const goalSchema = z.object({
  id: z.string(),
  name: z.string(),
  metricId: z.string(),
  accountId: z.string().nullable(),
  baselineValue: z.number(),
  baselineSource: z.enum(['given', 'previous_period']),
  targetValue: z.number().nullable(),
  targetChangePercent: z.number().nullable(),
  /** The absolute target (targetValue, or baseline × (1 + percent / 100)). */
  target: z.number(),
  startDate: z.string(),
  endDate: z.string(),
  stage: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.date(),
  updatedAt: z.date(),
  archivedAt: z.date().nullable(),
  progress: z.object({
    status: z.enum(['not_started', 'active', 'ended']),
    /** The last local date evaluated (today or endDate, whichever is first); null before the start. */
    asOf: z.string().nullable(),
    /** The metric over [startDate, asOf]. */
    current: z.number().nullable(),
    direction: z.enum(['increase', 'decrease']),
    /** cumulative: the metric accumulates over the period (counts, sums, nets, distinct fans), the way starts at 0; level: rates, followers, averages, the way starts at the baseline. */
    kind: z.enum(['cumulative', 'level']),
    from: z.number(),
    /** (current − from) ÷ (target − from); 1 = reached. */
    fraction: z.number().nullable(),
    /** The value to date at the end of each day since startDate (empty when the metric has no such series). */
    series: z.array(point),
  }),
  forecast: z.object({
    method: z.literal('least_squares_linear_trend'),
    /** The value expected at endDate; the final value once the goal has ended. */
    value: z.number().nullable(),
    slopePerDay: z.number().nullable(),
    /** Complete days the line was fitted to (today is left out). */
    points: z.number().int(),
    onTrack: z.boolean().nullable(),
    note: z.enum(['ok', 'not_started', 'too_few_days', 'no_daily_series', 'ended']),
  }),
});

export const goalListResponse = z.object({ timeZone: z.string(), today: z.string(), items: z.array(goalSchema) });
