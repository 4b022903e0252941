import type { Database } from '@resonance/db';
import { conflict, invalidField, localDate, newId, notFound, type FieldIssue, ValidationError } from '@resonance/kernel';
import type { z } from 'zod';
import { evaluateMetric, evaluateMetricToDate, findMetric, isEvaluable } from '../catalog/evaluate-metric.js';
import { addDays, daysBetween, minDate } from '../content/local-date.js';
import type { AnalyticsAccount } from '../overview.types.js';
import { goalProgress, type GoalKind } from './goal-progress.js';
import { archiveGoalRow, findGoalRow, insertGoal, listGoalRows, updateGoalRow, type GoalRecord } from './goals.repository.js';
import { goalPatchBody, newGoalBody, type goalSchema, type GoalPatch, type NewGoal } from './goals.schema.js';

export type Goal = z.infer<typeof goalSchema>;

/** The workspace's time zone and accounts (through the ports) and now. */
export interface GoalEnv {
  timeZone: string;
  accounts: readonly AnalyticsAccount[];
  now: Date;
}

const CUMULATIVE = new Set(['count', 'sum', 'net', 'weighted']);
/** Flows accumulate from the start date (distinct fans too, unless averaged per day/week/month); the rest are levels. */
const kindOf = (metricId: string): GoalKind => {
  const f = findMetric(metricId)?.formula;
  return f && (CUMULATIVE.has(f.type) || (f.type === 'fans' && !f.per)) ? 'cumulative' : 'level';
};
const isMonotone = (metricId: string) => {
  const f = findMetric(metricId)?.formula;
  return f?.type === 'count' || (f?.type === 'fans' && !f.per);
};

export const targetOf = (g: Pick<GoalRecord, 'targetValue' | 'targetChangePercent' | 'baselineValue'>): number =>
  g.targetValue ?? g.baselineValue * (1 + (g.targetChangePercent ?? 0) / 100);

/** The goal with its progress and forecast as of `env.now` (dates in the workspace zone). */
export async function goalWithProgress(db: Database, workspaceId: string, g: GoalRecord, env: GoalEnv): Promise<Goal> {
  const today = localDate(env.now, env.timeZone);
  const evaluated =
    today < g.startDate
      ? null
      : await evaluateMetricToDate(db, workspaceId, g.metricId, { from: g.startDate, to: minDate(today, g.endDate), timeZone: env.timeZone, accountId: g.accountId });
  const target = targetOf(g);
  const { workspaceId: _ws, ...rest } = g;
  return {
    ...rest,
    target,
    ...goalProgress({
      baseline: g.baselineValue,
      target,
      kind: kindOf(g.metricId),
      monotone: isMonotone(g.metricId),
      startDate: g.startDate,
      endDate: g.endDate,
      today,
      current: evaluated?.value ?? null,
      series: evaluated?.toDate ?? null,
    }),
  };
}

function parsed<T>(schema: z.ZodType<T>, value: unknown): T {
  const r = schema.safeParse(value);
  if (!r.success) throw new ValidationError(r.error.issues.map((i): FieldIssue => ({ path: ['body', ...i.path.map(String)].join('.'), message: i.message })));
  return r.data;
}

function checkMetricAndAccount(g: { metricId: string; accountId?: string | null }, env: GoalEnv): void {
  if (!isEvaluable(g.metricId)) throw invalidField('body.metricId', 'is not a metric of the catalog');
  if (g.accountId && !env.accounts.some((a) => a.id === g.accountId)) throw invalidField('body.accountId', 'is not an account of this workspace');
}

/** The metric over the equally long period just before the start date. */
async function previousPeriodValue(db: Database, workspaceId: string, g: { metricId: string; accountId: string | null; startDate: string; endDate: string }, env: GoalEnv): Promise<number> {
  const days = daysBetween(g.startDate, g.endDate) + 1;
  return evaluateMetric(db, workspaceId, g.metricId, {
    from: addDays(g.startDate, -days),
    to: addDays(g.startDate, -1),
    timeZone: env.timeZone,
    accountId: g.accountId,
  });
}

function checkPercentTarget(g: { targetChangePercent: number | null; baselineValue: number }): void {
  if (g.targetChangePercent !== null && g.baselineValue === 0) throw invalidField('body.targetChangePercent', 'needs a non-zero baseline; give targetValue instead');
}

export async function createGoal(db: Database, workspaceId: string, input: NewGoal, actor: string, env: GoalEnv): Promise<Goal> {
  const body = parsed(newGoalBody, input);
  checkMetricAndAccount(body, env);
  const accountId = body.accountId ?? null;
  const given = body.baselineValue ?? null;
  const baselineValue = given ?? (await previousPeriodValue(db, workspaceId, { ...body, accountId }, env));
  const rec = {
    id: newId('goal', env.now.getTime()),
    name: body.name,
    metricId: body.metricId,
    accountId,
    baselineValue,
    baselineSource: given === null ? ('previous_period' as const) : ('given' as const),
    targetValue: body.targetValue ?? null,
    targetChangePercent: body.targetChangePercent ?? null,
    startDate: body.startDate,
    endDate: body.endDate,
    stage: body.stage || null,
    createdBy: actor,
    createdAt: env.now,
    updatedAt: env.now,
  };
  checkPercentTarget(rec);
  return goalWithProgress(db, workspaceId, await insertGoal(db, workspaceId, rec), env);
}

export async function getGoal(db: Database, workspaceId: string, goalId: string, env: GoalEnv): Promise<Goal> {
  const g = await findGoalRow(db, workspaceId, goalId);
  if (!g) throw notFound('goal');
  return goalWithProgress(db, workspaceId, g, env);
}

/**
 * Changes some fields. A baseline taken from the previous period is recomputed when the metric,
 * account or dates change (or when `baselineValue: null` is sent); a given number is kept.
 */
export async function updateGoal(db: Database, workspaceId: string, goalId: string, input: GoalPatch, env: GoalEnv): Promise<Goal> {
  const patch = parsed(goalPatchBody, input);
  const g = await findGoalRow(db, workspaceId, goalId);
  if (!g) throw notFound('goal');
  if (g.archivedAt) throw conflict('an archived goal cannot be changed');
  const next: GoalRecord = {
    ...g,
    name: patch.name ?? g.name,
    metricId: patch.metricId ?? g.metricId,
    accountId: patch.accountId === undefined ? g.accountId : patch.accountId,
    startDate: patch.startDate ?? g.startDate,
    endDate: patch.endDate ?? g.endDate,
    stage: patch.stage === undefined ? g.stage : patch.stage || null,
    updatedAt: env.now,
  };
  if (patch.targetValue !== undefined) Object.assign(next, { targetValue: patch.targetValue, targetChangePercent: null });
  if (patch.targetChangePercent !== undefined) Object.assign(next, { targetValue: null, targetChangePercent: patch.targetChangePercent });
  parsed(newGoalBody, {
    name: next.name,
    metricId: next.metricId,
    startDate: next.startDate,
    endDate: next.endDate,
    ...(next.targetValue !== null ? { targetValue: next.targetValue } : { targetChangePercent: next.targetChangePercent }),
  });
  checkMetricAndAccount(next, env);
  const scopeChanged = next.metricId !== g.metricId || next.accountId !== g.accountId || next.startDate !== g.startDate || next.endDate !== g.endDate;
  if (typeof patch.baselineValue === 'number') Object.assign(next, { baselineValue: patch.baselineValue, baselineSource: 'given' });
  else if (patch.baselineValue === null || (g.baselineSource === 'previous_period' && scopeChanged))
    Object.assign(next, { baselineValue: await previousPeriodValue(db, workspaceId, next, env), baselineSource: 'previous_period' });
  checkPercentTarget(next);
  const saved = await updateGoalRow(db, workspaceId, next);
  if (!saved) throw notFound('goal');
  return goalWithProgress(db, workspaceId, saved, env);
}

export async function archiveGoal(db: Database, workspaceId: string, goalId: string, env: GoalEnv): Promise<Goal> {
  const g = await archiveGoalRow(db, workspaceId, goalId, env.now);
  if (!g) throw notFound('goal');
  return goalWithProgress(db, workspaceId, g, env);
}

export async function listGoals(db: Database, workspaceId: string, opts: { includeArchived?: boolean }, env: GoalEnv): Promise<{ timeZone: string; today: string; items: Goal[] }> {
  const rows = await listGoalRows(db, workspaceId, opts.includeArchived ?? false);
  const items = await Promise.all(rows.map((g) => goalWithProgress(db, workspaceId, g, env)));
  return { timeZone: env.timeZone, today: localDate(env.now, env.timeZone), items };
}
