import type { Database } from '@resonance/db';
import type { DateRange, Interval } from '../query/query.schema.js';
import { rollupCoverage } from '../rollups/rollup-coverage.js';
import { SqlParams } from '../query/sql-params.js';
import { isAdditive, planOf, type Measure, type Plan } from './measure.js';
import { bucketListSql, measureSql, type MeasureRow, type MeasureScope } from './measure.sql.js';
import { previousRange } from './trend-range.js';
import type { TrendBody, TrendLine, TrendResponse } from './trend.schema.js';

export interface TrendContext {
  timeZone: string;
  /** Interaction-value weights of the workspace. */
  ivWeights: Readonly<Record<string, number>>;
  /** false: read raw events only (tests compare both paths). Default: use the daily rollup where it applies. */
  useRollup?: boolean;
}

type Values = Map<string | null, Map<string | null, number>>; // grp → bucket (null = total) → value

async function run(db: Database, m: Measure, scope: MeasureScope): Promise<MeasureRow[]> {
  const { sql, params } = measureSql(m, scope);
  return db.query<MeasureRow>(sql, params);
}

const dayBefore = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** Per group: every bucket's value and the total (bucket null). */
async function evaluate(db: Database, m: Measure, scope: Omit<MeasureScope, 'interval'>, interval: Interval, buckets: readonly string[]): Promise<Values> {
  const out: Values = new Map();
  const put = (grp: string | null, bucket: string | null, v: number) => {
    if (!out.has(grp)) out.set(grp, new Map());
    out.get(grp)!.set(bucket, v);
  };
  if (m.kind === 'followers') {
    // a level: followers before the range, then + net follows of each bucket
    const net: Measure = { kind: 'net', plus: ['follow'], minus: ['unfollow'] };
    const [base, flows] = await Promise.all([
      run(db, net, { ...scope, range: { from: '1970-01-01', to: dayBefore(scope.range.from) }, interval: null }),
      run(db, net, { ...scope, interval }),
    ]);
    const groups = new Set([...base, ...flows].map((r) => r.grp));
    for (const g of groups) {
      let level = base.find((r) => r.grp === g)?.value ?? 0;
      for (const b of buckets) {
        level += flows.find((r) => r.grp === g && r.bucket === b)?.value ?? 0;
        put(g, b, level);
      }
      put(g, null, level);
    }
    return out;
  }
  const [series, totals] = await Promise.all([run(db, m, { ...scope, interval }), run(db, m, { ...scope, interval: null })]);
  for (const r of series) put(r.grp, r.bucket, r.value);
  for (const r of totals) put(r.grp, null, r.value);
  return out;
}

const divide = (a: number, b: number) => (b === 0 ? 0 : a / b);

async function evaluatePlan(db: Database, plan: Plan, scope: Omit<MeasureScope, 'interval'>, interval: Interval, buckets: readonly string[]): Promise<Values> {
  if (plan.type === 'single') return evaluate(db, plan.measure, scope, interval, buckets);
  const [a, b] = await Promise.all(
    plan.type === 'ratio'
      ? [evaluate(db, plan.numerator, scope, interval, buckets), evaluate(db, plan.denominator, scope, interval, buckets)]
      : [evaluate(db, plan.revenue, scope, interval, buckets), evaluate(db, plan.cost, scope, interval, buckets)],
  );
  const out: Values = new Map();
  for (const g of new Set([...a.keys(), ...b.keys()])) {
    const row = new Map<string | null, number>();
    for (const k of [...buckets, null]) {
      const x = a.get(g)?.get(k) ?? 0;
      const y = b.get(g)?.get(k) ?? 0;
      row.set(k, plan.type === 'ratio' ? divide(x, y) : divide(x - y, y));
    }
    out.set(g, row);
  }
  return out;
}

async function bucketsOf(db: Database, range: DateRange, interval: Interval, timeZone: string): Promise<string[]> {
  const p = new SqlParams();
  const sql = bucketListSql(interval, p.add(timeZone), p.add(range.from), p.add(range.to));
  return (await db.query<{ bucket: string }>(`${sql} order by 1`, p.values)).map((r) => r.bucket);
}

function linesOf(values: Values, buckets: readonly string[], keep: readonly (string | null)[]): TrendLine[] {
  return keep.map((g) => ({
    group: g,
    total: values.get(g)?.get(null) ?? 0,
    points: buckets.map((b) => ({ bucket: b, value: values.get(g)?.get(b) ?? 0 })),
  }));
}

/**
 * Trends: each series (a catalog metric or an event measure) per bucket of the range and in total,
 * optionally per breakdown value (the largest `breakdownLimit` by total) and for the period before.
 * Buckets are local (workspace zone); totals are computed over the whole range (distinct fans are
 * not summed), so only additive series' buckets add up to their totals.
 */
export async function computeTrend(db: Database, workspaceId: string, body: TrendBody, ctx: TrendContext): Promise<TrendResponse> {
  const plans = body.series.map((s, i) => planOf(s, `body.series[${i}]`, ctx.ivWeights));
  const ranges = body.compare ? [body.range, previousRange(body.range)] : [body.range];
  const buckets = await Promise.all(ranges.map((r) => bucketsOf(db, r, body.interval, ctx.timeZone)));
  const rollup = ctx.useRollup === false ? null : await rollupCoverage(db, workspaceId, ctx.timeZone);
  const series = [];
  for (const { plan, metric, key } of plans) {
    const base = { workspaceId, timeZone: ctx.timeZone, breakdown: body.breakdown, filters: body.filters, rollup };
    const [current, previous] = await Promise.all(ranges.map((range, i) => evaluatePlan(db, plan, { ...base, range }, body.interval, buckets[i]!)));
    const keep = [...current!.keys()]
      .sort((x, y) => Math.abs(current!.get(y)?.get(null) ?? 0) - Math.abs(current!.get(x)?.get(null) ?? 0) || String(x).localeCompare(String(y)))
      .slice(0, body.breakdown ? body.breakdownLimit : 1);
    const groups = keep.length > 0 ? keep : [null];
    series.push({
      key,
      metric: metric?.id ?? null,
      unit: metric?.unit ?? 'count',
      additive: isAdditive(plan),
      lines: linesOf(current!, buckets[0]!, groups),
      previous: previous ? { range: ranges[1]!, lines: linesOf(previous, buckets[1]!, groups) } : null,
    });
  }
  return { range: body.range, interval: body.interval, timeZone: ctx.timeZone, series };
}
