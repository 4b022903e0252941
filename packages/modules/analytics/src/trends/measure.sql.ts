import { CANONICAL_FAN, CANONICAL_FAN_JOIN, bucketSql, dayStartSql, fieldSql, filtersSql } from '../query/event-sql.js';
import type { BreakdownBy, DateRange, EventFilter, Interval } from '../query/query.schema.js';
import { SqlParams } from '../query/sql-params.js';
import type { RollupCoverage } from '../rollups/rollup-coverage.js';
import type { Measure } from './measure.js';

export interface MeasureScope {
  workspaceId: string;
  timeZone: string;
  range: DateRange;
  /** null: one value per group over the whole range (the total). */
  interval: Interval | null;
  breakdown?: BreakdownBy;
  filters?: readonly EventFilter[];
  /** When set, counts are read from the daily rollup for the days it covers. */
  rollup?: RollupCoverage | null;
}

/** Rows every measure query returns: bucket key (null for totals), breakdown value, value. */
export interface MeasureRow {
  bucket: string | null;
  grp: string | null;
  value: number;
}

const NUMERIC = `'^-?[0-9]+(\\.[0-9]+)?$'`;
const numericProp = (prop: string) => `(case when e.properties->>${prop} ~ ${NUMERIC} then (e.properties->>${prop})::numeric end)`;

/** Bucket key as text: YYYY-MM-DD for day/week/month, YYYY-MM-DDTHH:00 for hours. */
export function bucketKeySql(interval: Interval, tz: string, alias = 'e'): string {
  const b = bucketSql(interval, tz, alias);
  return interval === 'hour' ? `to_char(${b}, 'YYYY-MM-DD"T"HH24:00')` : `to_char(${b}, 'YYYY-MM-DD')`;
}

interface Parts {
  p: SqlParams;
  tz: string;
  start: string;
  end: string;
  bucket: string;
  grp: string;
  where: (names: readonly string[] | null, extra?: readonly EventFilter[], fans?: boolean) => string;
}

function parts(s: MeasureScope): Parts {
  const p = new SqlParams([s.workspaceId]);
  const tz = p.add(s.timeZone);
  // bound on first use: PostgreSQL cannot type a parameter the statement never mentions
  let startSql: string | undefined;
  let endSql: string | undefined;
  const bucket = s.interval ? bucketKeySql(s.interval, tz) : 'null::text';
  const grp = s.breakdown ? `${fieldSql(s.breakdown, p)}::text` : 'null::text';
  const x: Parts = {
    p,
    tz,
    get start() {
      return (startSql ??= dayStartSql(p.add(s.range.from), tz));
    },
    get end() {
      return (endSql ??= `(${p.add(s.range.to)}::date + 1)::timestamp at time zone ${tz}`);
    },
    bucket,
    grp,
    where: () => '',
  };
  x.where = (names: readonly string[] | null, extra?: readonly EventFilter[], fans = false) =>
    [
      `e.workspace_id = $1`,
      `e.occurred_at >= ${x.start} and e.occurred_at < ${x.end}`,
      names && names.length > 0 ? `e.name = any(${p.add(names)}::text[])` : 'true',
      fans ? 'e.fan_id is not null' : 'true',
      filtersSql(s.filters, p),
      filtersSql(extra, p),
    ].join(' and ');
  return x;
}

const simple = (x: Parts, agg: string, where: string, join = '') =>
  `select ${x.bucket} as bucket, ${x.grp} as grp, (${agg})::float8 as value from events e ${join} where ${where} group by 1, 2`;

/** The SQL and parameters of one measure over the scope. */
export function measureSql(m: Measure, s: MeasureScope): { sql: string; params: unknown[] } {
  const fromRollup = rollupMeasureSql(m, s);
  if (fromRollup) return fromRollup;
  const x = parts(s);
  const { p } = x;
  let sql: string;
  switch (m.kind) {
    case 'count':
      sql = simple(x, 'count(*)', x.where(m.events, m.filters));
      break;
    case 'sum':
      sql = simple(x, `coalesce(sum(${numericProp(p.add(m.property))}), 0)`, x.where(m.events, m.filters));
      break;
    case 'net':
      sql = simple(x, `count(*) filter (where e.name = any(${p.add(m.plus)}::text[])) - count(*) filter (where e.name = any(${p.add(m.minus)}::text[]))`, x.where([...m.plus, ...m.minus]));
      break;
    case 'weighted': {
      const w = p.add(JSON.stringify(m.weights));
      sql = simple(x, `coalesce(sum((${w}::jsonb ->> e.name)::numeric), 0)`, x.where(Object.keys(m.weights)));
      break;
    }
    case 'fans':
      if (m.per && s.interval !== 'hour') {
        // the average over the range's days/weeks/months (empty ones count as 0) of distinct fans in each
        const win = bucketSql(m.per, x.tz);
        const windows = bucketListSql(m.per, x.tz, p.add(s.range.from), p.add(s.range.to));
        const outer = s.interval ? `to_char(date_trunc('${s.interval}', w.b_start at time zone ${x.tz}), 'YYYY-MM-DD')` : 'null::text';
        sql = `with n as (
                 select ${x.bucket} as bucket, ${x.grp} as grp, ${win} as w, count(distinct ${CANONICAL_FAN}) as n
                   from events e ${CANONICAL_FAN_JOIN} where ${x.where(m.events, m.filters, true)} group by 1, 2, 3),
               wc as (select ${outer} as bucket, count(*) as windows from (${windows}) w group by 1)
               select n.bucket, n.grp, (sum(n.n)::float8 / max(wc.windows)) as value
                 from n join wc on wc.bucket is not distinct from n.bucket group by 1, 2`;
      } else sql = simple(x, `count(distinct ${CANONICAL_FAN})`, x.where(m.events, m.filters, true), CANONICAL_FAN_JOIN);
      break;
    case 'repeat_rate':
      sql = `select bucket, grp, coalesce(count(*) filter (where n >= 2)::float8 / nullif(count(*), 0), 0) as value from (
               select ${x.bucket} as bucket, ${x.grp} as grp, ${CANONICAL_FAN} as f, count(*) as n
                 from events e ${CANONICAL_FAN_JOIN} where ${x.where(m.events, undefined, true)} group by 1, 2, 3) t group by 1, 2`;
      break;
    case 'nps': {
      const score = numericProp(p.add(m.property));
      sql = simple(
        x,
        `coalesce(100.0 * (count(*) filter (where ${score} >= 9) - count(*) filter (where ${score} <= 6)) / nullif(count(*), 0), 0)`,
        `${x.where(m.events)} and ${score} between 0 and 10`,
      );
      break;
    }
    case 'median_gap_days':
      // gaps between a fan's consecutive events, the earlier one possibly before the range
      sql = `select bucket, grp, coalesce(percentile_cont(0.5) within group (order by gap), 0)::float8 as value from (
               select ${x.bucket} as bucket, ${x.grp} as grp, e.occurred_at,
                      extract(epoch from e.occurred_at - lag(e.occurred_at) over (partition by ${CANONICAL_FAN} order by e.occurred_at, e.seq)) / 86400 as gap
                 from events e ${CANONICAL_FAN_JOIN}
                where e.workspace_id = $1 and e.occurred_at < ${x.end} and e.name = any(${p.add(m.events)}::text[]) and e.fan_id is not null and ${filtersSql(s.filters, p)}) t
              where occurred_at >= ${x.start} and gap is not null group by 1, 2`;
      break;
    case 'per_fan_sum': {
      // historical: every fan's total up to the end of each bucket (or of the range), averaged over paying fans
      const amount = numericProp(p.add(m.property));
      const ends = s.interval
        ? `select bucket, least(b_end, ${x.end}) as e_end from (${bucketListSql(s.interval, x.tz, p.add(s.range.from), p.add(s.range.to))}) bl`
        : `select null::text as bucket, ${x.end} as e_end`;
      sql = `select k.bucket, v.grp, coalesce(avg(v.s), 0)::float8 as value from (${ends}) k
               cross join lateral (
                 select ${x.grp} as grp, ${CANONICAL_FAN} as f, sum(${amount}) as s from events e ${CANONICAL_FAN_JOIN}
                  where e.workspace_id = $1 and e.occurred_at < k.e_end and e.name = any(${p.add(m.events)}::text[]) and e.fan_id is not null and ${filtersSql(s.filters, p)}
                  group by 1, 2) v
              group by 1, 2`;
      break;
    }
    case 'retention_day': {
      const n = p.add(m.day);
      const firstBucket = s.interval ? bucketKeySql(s.interval, x.tz, 'fs').replace(/fs\.occurred_at/g, 'fs.t') : 'null::text';
      sql = `with fs as (
               select ${CANONICAL_FAN} as f, min(e.occurred_at) as t from events e ${CANONICAL_FAN_JOIN}
                where e.workspace_id = $1 and e.fan_id is not null group by 1),
             cohort as (select f, t, (t at time zone ${x.tz})::date as d from fs where t >= ${x.start} and t < ${x.end}),
             act as (
               select distinct ${CANONICAL_FAN} as f, (e.occurred_at at time zone ${x.tz})::date as d from events e ${CANONICAL_FAN_JOIN}
                where e.workspace_id = $1 and e.fan_id is not null and e.occurred_at >= ${x.start}
                  and e.occurred_at < (${p.add(s.range.to)}::date + 1 + ${n}::int)::timestamp at time zone ${x.tz})
             select ${firstBucket} as bucket, null::text as grp,
                    coalesce(count(*) filter (where exists (select 1 from act where act.f = fs.f and act.d = fs.d + ${n}::int))::float8 / nullif(count(*), 0), 0) as value
               from cohort fs group by 1, 2`;
      break;
    }
    case 'followers':
      throw new Error('followers is computed from net follows and a baseline (see trend.service)');
  }
  return { sql, params: p.values };
}

const STEP = { hour: `interval '1 hour'`, day: `interval '1 day'`, week: `interval '1 week'`, month: `interval '1 month'` } as const;

/**
 * Every bucket of a range of local dates: key (as `bucketKeySql` writes it), start and end instants
 * in the zone. Weeks start on Monday and months on the 1st, so the first bucket may begin before `from`.
 */
export function bucketListSql(interval: Interval, tz: string, from: string, to: string): string {
  const fmt = interval === 'hour' ? `'YYYY-MM-DD"T"HH24:00'` : `'YYYY-MM-DD'`;
  const first = interval === 'hour' || interval === 'day' ? `${from}::date::timestamp` : `date_trunc('${interval}', ${from}::date::timestamp)`;
  const last = interval === 'hour' ? `(${to}::date + 1)::timestamp - interval '1 hour'` : `${to}::date::timestamp`;
  return `select to_char(g, ${fmt}) as bucket, (g at time zone ${tz}) as b_start, ((g + ${STEP[interval]}) at time zone ${tz}) as b_end
            from generate_series(${first}, ${last}, ${STEP[interval]}) as g`;
}

const ROLLUP_GROUPS = { event: 'name', platform: 'platform', account: 'account_id', post: 'publication_id' } as const;

/**
 * Event counts (count, net, weighted; no filters; breakdown by event, platform, account or post;
 * day/week/month) from `analytics_daily_rollup`, with the days it does not cover yet (pending, or
 * before the oldest stored event's day) read from raw events day by day. Null when not applicable.
 */
function rollupMeasureSql(m: Measure, s: MeasureScope): { sql: string; params: unknown[] } | null {
  if (!s.rollup || s.interval === 'hour' || (s.filters && s.filters.length > 0)) return null;
  if (s.breakdown && !(s.breakdown.field in ROLLUP_GROUPS)) return null;
  if (!(m.kind === 'count' && !m.filters?.length) && m.kind !== 'net' && m.kind !== 'weighted') return null;
  const p = new SqlParams([s.workspaceId]);
  const tz = p.add(s.timeZone);
  const from = p.add(s.range.from);
  const to = p.add(s.range.to);
  const fromDay = p.add(s.rollup.fromDay);
  const pending = p.add(s.rollup.pending);
  const names = m.kind === 'count' ? m.events : m.kind === 'net' ? [...m.plus, ...m.minus] : Object.keys(m.weights);
  const namesP = p.add(names);
  const value =
    m.kind === 'count'
      ? 'sum(n)'
      : m.kind === 'net'
        ? `sum(case when name = any(${p.add(m.plus)}::text[]) then n else -n end)`
        : `coalesce(sum(n * (${p.add(JSON.stringify(m.weights))}::jsonb ->> name)::numeric), 0)`;
  const bucket = !s.interval ? 'null::text' : s.interval === 'day' ? `to_char(day, 'YYYY-MM-DD')` : `to_char(date_trunc('${s.interval}', day)::date, 'YYYY-MM-DD')`;
  const grp = s.breakdown ? `${ROLLUP_GROUPS[s.breakdown.field as keyof typeof ROLLUP_GROUPS]}::text` : 'null::text';
  const sql = `
    with raw_days as (
      select d::date as d from unnest(${pending}::date[]) as d where d between ${from}::date and ${to}::date
      union
      select g::date from generate_series(greatest(${from}::date, ${fromDay}::date - 1), least(${to}::date, ${fromDay}::date - 1), interval '1 day') as g
    ), src as (
      select r.day, r.name, r.platform, nullif(r.account_id, '') as account_id, nullif(r.publication_id, '') as publication_id, r.n
        from analytics_daily_rollup r
       where r.workspace_id = $1 and r.day between greatest(${from}::date, ${fromDay}::date) and ${to}::date and r.name = any(${namesP}::text[])
         and r.day not in (select d from raw_days)
      union all
      -- raw days are few (or none): one index range from the first to the last, never a join the planner may turn into a scan of every event
      select (e.occurred_at at time zone ${tz})::date, e.name, e.platform, e.account_id, e.publication_id, 1
        from events e
       where e.workspace_id = $1 and e.name = any(${namesP}::text[])
         and e.occurred_at >= (select min(d)::timestamp at time zone ${tz} from raw_days)
         and e.occurred_at < (select (max(d) + 1)::timestamp at time zone ${tz} from raw_days)
         and (e.occurred_at at time zone ${tz})::date in (select d from raw_days)
    )
    select ${bucket} as bucket, ${grp} as grp, (${value})::float8 as value from src group by 1, 2`;
  return { sql, params: p.values };
}
