import type { Database } from '@resonance/db';
import { invalidField, localDate } from '@resonance/kernel';
import { addDays, daysBetween, periodStarts } from './local-dates.js';
import { categoryCounts, periodCounts, severityCounts, type PeriodCounts, type PeriodKeyCount } from './metrics.repository.js';

/** The seeds' goal: the share of checked items flagged falls from 8 % to 0.5 %. Shown as a band on the chart. */
export const VIOLATION_RATE_TARGET = { start: 0.08, goal: 0.005 } as const;
export const DEFAULT_METRICS_DAYS = 90;
export const MAX_METRICS_DAYS = 731;

export interface ComplianceMetricsPoint extends PeriodCounts {
  /** flagged ÷ checked; null when nothing was checked. */
  rate: number | null;
  byCategory: Record<string, number>;
  bySeverity: Record<string, number>;
}

export interface ComplianceMetrics {
  timeZone: string;
  interval: 'day' | 'week';
  from: string;
  to: string;
  target: typeof VIOLATION_RATE_TARGET;
  series: ComplianceMetricsPoint[];
  totals: ComplianceMetricsPoint;
}

const keyed = (rows: PeriodKeyCount[], period: string) => Object.fromEntries(rows.filter((r) => r.period === period).map((r) => [r.key, r.n]));

function point(period: string, counts: PeriodCounts | undefined, cats: PeriodKeyCount[], sevs: PeriodKeyCount[]): ComplianceMetricsPoint {
  const c = counts ?? { period, checked: 0, flagged: 0, passed: 0, review: 0, blocked: 0 };
  return { ...c, period, rate: c.checked ? c.flagged / c.checked : null, byCategory: keyed(cats, period), bySeverity: keyed(sevs, period) };
}

/**
 * Share of checked content items flagged (≥ 1 finding), by period, category and highest severity, and
 * how the checks were routed (passed / human review / blocked). Each item counts once per period, with
 * its last check. Dates are local to the workspace time zone; periods with no checks are present (rate null).
 */
export async function complianceMetrics(
  db: Database,
  workspaceId: string,
  q: { from?: string; to?: string; interval: 'day' | 'week' },
  env: { timeZone: string; now: Date },
): Promise<ComplianceMetrics> {
  const to = q.to ?? localDate(env.now, env.timeZone);
  const from = q.from ?? addDays(to, -(DEFAULT_METRICS_DAYS - 1));
  if (from > to) throw invalidField('query.to', 'must not be before from');
  if (daysBetween(from, to) >= MAX_METRICS_DAYS) throw invalidField('query.from', `the range is limited to ${MAX_METRICS_DAYS} days`);
  const window = { from, to, timeZone: env.timeZone };
  const [counts, cats, sevs, total, totalCats, totalSevs] = await Promise.all([
    periodCounts(db, workspaceId, { ...window, interval: q.interval }),
    categoryCounts(db, workspaceId, { ...window, interval: q.interval }),
    severityCounts(db, workspaceId, { ...window, interval: q.interval }),
    periodCounts(db, workspaceId, { ...window, interval: 'all' }),
    categoryCounts(db, workspaceId, { ...window, interval: 'all' }),
    severityCounts(db, workspaceId, { ...window, interval: 'all' }),
  ]);
  const byPeriod = new Map(counts.map((c) => [c.period, c]));
  return {
    timeZone: env.timeZone,
    interval: q.interval,
    from,
    to,
    target: VIOLATION_RATE_TARGET,
    series: periodStarts(from, to, q.interval).map((p) => point(p, byPeriod.get(p), cats, sevs)),
    totals: point(from, total[0], totalCats, totalSevs),
  };
}
