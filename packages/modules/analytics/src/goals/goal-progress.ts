/**
 * Progress and forecast of a goal (see README "Goals").
 * Progress: the share of the way from `from` to the target, where `from` is 0 for cumulative
 * metrics (counts, sums, nets, distinct fans accumulate from the start date) and the baseline for
 * levels (rates, followers, averages). Forecast: a least-squares line through the metric's value to
 * date at the end of each complete day since the start date (today is still running and left out),
 * read at the end date; for counts and distinct fans, which never shrink, not below the value
 * already reached. Needs 2 complete days and a metric whose value to date is known per day.
 */
import type { MetricPoint } from '../catalog/evaluate-metric.js';
import { daysBetween } from '../content/local-date.js';
import { linearFit } from './linear-trend.js';

export type GoalKind = 'cumulative' | 'level';

export interface ProgressInput {
  baseline: number;
  target: number;
  kind: GoalKind;
  /** Counts and distinct fans never decrease over a period. */
  monotone: boolean;
  startDate: string;
  endDate: string;
  today: string;
  /** The metric over [startDate, min(today, endDate)]; null before the start. */
  current: number | null;
  /** Value to date for each date of that range; null when the metric has no such series. */
  series: readonly MetricPoint[] | null;
}

export interface GoalProgress {
  progress: {
    status: 'not_started' | 'active' | 'ended';
    asOf: string | null;
    current: number | null;
    direction: 'increase' | 'decrease';
    kind: GoalKind;
    from: number;
    fraction: number | null;
    series: MetricPoint[];
  };
  forecast: {
    method: 'least_squares_linear_trend';
    value: number | null;
    slopePerDay: number | null;
    points: number;
    onTrack: boolean | null;
    note: 'ok' | 'not_started' | 'too_few_days' | 'no_daily_series' | 'ended';
  };
}

export function goalProgress(i: ProgressInput): GoalProgress {
  const direction: 'increase' | 'decrease' = i.target >= i.baseline ? 'increase' : 'decrease';
  const reached = (v: number) => (direction === 'increase' ? v >= i.target : v <= i.target);
  const from = i.kind === 'cumulative' ? 0 : i.baseline;
  const fractionOf = (v: number) => (i.target === from ? (reached(v) ? 1 : 0) : (v - from) / (i.target - from));
  const method = 'least_squares_linear_trend' as const;

  if (i.today < i.startDate || i.current === null) {
    return {
      progress: { status: 'not_started', asOf: null, current: null, direction, kind: i.kind, from, fraction: null, series: [] },
      forecast: { method, value: null, slopePerDay: null, points: 0, onTrack: null, note: 'not_started' },
    };
  }
  const ended = i.today > i.endDate;
  const current = i.current;
  const progress: GoalProgress['progress'] = {
    status: ended ? 'ended' : 'active',
    asOf: ended ? i.endDate : i.today,
    current,
    direction,
    kind: i.kind,
    from,
    fraction: fractionOf(current),
    series: i.series ? [...i.series] : [],
  };
  if (ended) return { progress, forecast: { method, value: current, slopePerDay: null, points: 0, onTrack: reached(current), note: 'ended' } };
  if (!i.series) return { progress, forecast: { method, value: null, slopePerDay: null, points: 0, onTrack: null, note: 'no_daily_series' } };

  const complete = i.series.filter((p) => p.date < i.today);
  const fit = linearFit(complete.map((p) => ({ x: daysBetween(i.startDate, p.date), y: p.value })));
  if (!fit) return { progress, forecast: { method, value: null, slopePerDay: null, points: complete.length, onTrack: null, note: 'too_few_days' } };
  const trend = fit.intercept + fit.slope * daysBetween(i.startDate, i.endDate);
  const value = i.monotone ? Math.max(trend, current) : trend;
  return { progress, forecast: { method, value, slopePerDay: fit.slope, points: complete.length, onTrack: reached(value), note: 'ok' } };
}
