/**
 * A catalog metric's value over a range of local dates (workspace time zone), optionally for one
 * account, computed by the trends engine (`computeTrend`) so a goal shows the same number as any
 * chart; and its value to date at the end of each day of the range (for goal forecasts), derived
 * where the formula allows it: running sums of counts/sums/nets/weighted counts, the daily level of
 * followers, distinct fans by their first day, and ratios / ROI of those. Ratios are fractions
 * (0.034 = 3.4 %), 0 when the denominator is 0.
 *
 * `formulaAggregateSql` turns a count / sum / fans formula into one SQL aggregate (the content
 * leaderboard computes per-post catalog metrics with it).
 */
import type { Database } from '@resonance/db';
import { invalidField, isValidTimeZone } from '@resonance/kernel';
import { CANONICAL_FAN, CANONICAL_FAN_JOIN } from '../query/event-sql.js';
import { SqlParams } from '../query/sql-params.js';
import { ivWeightsOf } from '../trends/iv-weights.repository.js';
import { computeTrend } from '../trends/trend.service.js';
import type { MetricDefinition, MetricFormula } from './metric.types.js';
import { METRICS } from './metrics.catalog.js';

export interface EvaluateOptions {
  /** First local date (YYYY-MM-DD, inclusive). */
  from: string;
  /** Last local date (inclusive). */
  to: string;
  timeZone: string;
  accountId?: string | null;
  /** Interaction-value weights; default: the workspace's (analytics_settings) or the catalog's. */
  ivWeights?: Readonly<Record<string, number>>;
}

export interface MetricPoint {
  date: string;
  value: number;
}

export type AggregateFormula = Extract<MetricFormula, { type: 'count' | 'sum' | 'fans' }>;

const MAX_DAYS = 731;

let byId: Map<string, MetricDefinition> | undefined;

export function findMetric(metricId: string): MetricDefinition | undefined {
  byId ??= new Map(METRICS.map((m) => [m.id, m]));
  return byId.get(metricId);
}

/** The catalog metrics a ratio or ROI is made of. */
function partsOf(f: MetricFormula): string[] {
  return f.type === 'ratio' ? [f.numerator, f.denominator] : f.type === 'roi' ? [f.revenue, f.cost] : [];
}

/** Whether the metric (and any metric it is made of) is in the catalog. */
export function isEvaluable(metricId: string): boolean {
  const m = findMetric(metricId);
  return !!m && partsOf(m.formula).every((id) => !!findMetric(id));
}

/** Whether its value to date per day can be derived (goals forecast only these). */
export function hasValueToDate(metricId: string, seen: ReadonlySet<string> = new Set()): boolean {
  const m = findMetric(metricId);
  if (!m || seen.has(metricId)) return false;
  const f = m.formula;
  switch (f.type) {
    case 'count':
    case 'sum':
    case 'net':
    case 'weighted':
    case 'followers':
      return true;
    case 'fans':
      return !f.per;
    case 'ratio':
    case 'roi': {
      const next = new Set(seen).add(metricId);
      return partsOf(f).every((id) => hasValueToDate(id, next));
    }
    default:
      return false;
  }
}

const NUMERIC = `'^-?[0-9]+(\\.[0-9]+)?$'`;

/** A numeric property (text that looks like a number; anything else is null), as the trends engine reads it. */
export function numericPropertySql(property: string, p: SqlParams, alias = 'e'): string {
  const k = p.add(property);
  return `(case when ${alias}.properties->>${k} ~ ${NUMERIC} then (${alias}.properties->>${k})::numeric end)`;
}

/**
 * The SQL aggregate of a count / sum / fans formula over events `e` (rows with a null `e.name`, as
 * from a left join, count nothing). `fans` counts distinct fans after merges: the query must
 * `CANONICAL_FAN_JOIN` (alias `fa`). Averaged fans (`per`) are not a single aggregate.
 */
export function formulaAggregateSql(f: AggregateFormula, p: SqlParams): string {
  const names = f.events.length > 0 ? `e.name = any(${p.add([...f.events])}::text[])` : 'e.name is not null';
  switch (f.type) {
    case 'count': {
      const where = f.where ? ` and e.properties->>${p.add(f.where.property)} = ${p.add(f.where.equals)}` : '';
      return `count(*) filter (where ${names}${where})`;
    }
    case 'sum':
      return `coalesce(sum(${numericPropertySql(f.property, p)}) filter (where ${names}), 0)`;
    case 'fans':
      if (f.per) throw new Error('an average of distinct fans per day/week/month is not a single aggregate');
      return `count(distinct ${CANONICAL_FAN}) filter (where ${names} and e.fan_id is not null)`;
  }
}

function checkOptions(o: EvaluateOptions): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(o.from) || Number.isNaN(Date.parse(o.from))) throw invalidField('from', 'must be a date YYYY-MM-DD');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(o.to) || Number.isNaN(Date.parse(o.to))) throw invalidField('to', 'must be a date YYYY-MM-DD');
  if (o.from > o.to) throw invalidField('to', 'must not be before from');
  if ((Date.parse(o.to) - Date.parse(o.from)) / 86_400_000 > MAX_DAYS) throw invalidField('to', 'the range may span at most 2 years');
  if (!isValidTimeZone(o.timeZone)) throw invalidField('timeZone', 'must be an IANA time zone');
}

function requireMetric(metricId: string): MetricDefinition {
  const m = findMetric(metricId);
  if (!m || !isEvaluable(metricId)) throw invalidField('metricId', `${metricId} is not a metric of the catalog`);
  return m;
}

/** The trends engine's daily points and total of each metric (one call). */
async function trendOf(db: Database, workspaceId: string, metricIds: readonly string[], o: EvaluateOptions & { ivWeights: Readonly<Record<string, number>> }) {
  const res = await computeTrend(
    db,
    workspaceId,
    {
      range: { from: o.from, to: o.to },
      interval: 'day',
      series: metricIds.map((metric) => ({ metric })),
      filters: o.accountId ? [{ field: 'account', op: 'eq', value: o.accountId }] : undefined,
      compare: false,
      breakdownLimit: 1,
    },
    { timeZone: o.timeZone, ivWeights: o.ivWeights },
  );
  return res.series.map((s) => {
    const line = s.lines[0]!;
    return { total: line.total, daily: line.points.map((p) => ({ date: p.bucket, value: p.value })) };
  });
}

const running = (daily: readonly MetricPoint[]): MetricPoint[] => {
  let sum = 0;
  return daily.map((p) => ({ date: p.date, value: (sum += p.value) }));
};

/** Distinct fans from `from` to each date: fans counted on the first day they appear in the range. */
async function fansToDate(db: Database, workspaceId: string, f: Extract<MetricFormula, { type: 'fans' }>, o: EvaluateOptions): Promise<MetricPoint[]> {
  const p = new SqlParams([workspaceId, o.timeZone, o.from, o.to]);
  const names = f.events.length > 0 ? ` and e.name = any(${p.add([...f.events])}::text[])` : '';
  const account = o.accountId ? ` and e.account_id = ${p.add(o.accountId)}` : '';
  const sql = `with firsts as (
      select min((e.occurred_at at time zone $2::text)::date) as day from events e ${CANONICAL_FAN_JOIN}
       where e.workspace_id = $1 and e.occurred_at >= ($3::date::timestamp at time zone $2::text)
         and e.occurred_at < (($4::date + 1)::timestamp at time zone $2::text) and e.fan_id is not null${names}${account}
       group by ${CANONICAL_FAN}
    ), d as (select day, count(*)::float8 as v from firsts group by day)
    select g.day::date::text as date, sum(coalesce(d.v, 0)) over (order by g.day)::float8 as value
      from generate_series($3::date, $4::date, interval '1 day') as g(day) left join d on d.day = g.day::date
     order by g.day`;
  return (await db.query<MetricPoint>(sql, p.values)).map((r) => ({ date: r.date, value: Number(r.value) }));
}

async function toDateOf(db: Database, workspaceId: string, m: MetricDefinition, o: EvaluateOptions & { ivWeights: Readonly<Record<string, number>> }): Promise<MetricPoint[]> {
  const f = m.formula;
  switch (f.type) {
    case 'count':
    case 'sum':
    case 'net':
    case 'weighted':
      return running((await trendOf(db, workspaceId, [m.id], o))[0]!.daily);
    case 'followers':
      return (await trendOf(db, workspaceId, [m.id], o))[0]!.daily;
    case 'fans':
      return fansToDate(db, workspaceId, f, o);
    case 'ratio':
    case 'roi': {
      const [a, b] = await Promise.all(partsOf(f).map((id) => toDateOf(db, workspaceId, findMetric(id)!, o)));
      return a!.map((pt, i) => {
        const d = b![i]!.value;
        return { date: pt.date, value: d === 0 ? 0 : f.type === 'ratio' ? pt.value / d : (pt.value - d) / d };
      });
    }
    default:
      throw new Error(`${m.id}: no value to date for a ${f.type} formula`);
  }
}

/** The metric over [from, to] (as the trends engine computes it). */
export async function evaluateMetric(db: Database, workspaceId: string, metricId: string, opts: EvaluateOptions): Promise<number> {
  checkOptions(opts);
  const m = requireMetric(metricId);
  const ivWeights = opts.ivWeights ?? (await ivWeightsOf(db, workspaceId));
  return (await trendOf(db, workspaceId, [m.id], { ...opts, ivWeights }))[0]!.total;
}

/**
 * The metric over [from, to] and its value to date at the end of every local date of the range
 * (`toDate`, null when the formula does not allow it; its last point equals `value`).
 */
export async function evaluateMetricToDate(
  db: Database,
  workspaceId: string,
  metricId: string,
  opts: EvaluateOptions,
): Promise<{ value: number; toDate: MetricPoint[] | null }> {
  checkOptions(opts);
  const m = requireMetric(metricId);
  const o = { ...opts, ivWeights: opts.ivWeights ?? (await ivWeightsOf(db, workspaceId)) };
  const [value, toDate] = await Promise.all([
    trendOf(db, workspaceId, [m.id], o).then((t) => t[0]!.total),
    hasValueToDate(m.id) ? toDateOf(db, workspaceId, m, o) : Promise.resolve(null),
  ]);
  return { value, toDate };
}
