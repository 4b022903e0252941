import { localDayNumber } from '../rollups/rollup.repository.js';
import type { SqlParams } from '../query/sql-params.js';
import type { RetentionInterval } from './retention.schema.js';
import type { RetentionSqlInput } from './retention.sql.js';

/**
 * Retention from `analytics_fan_days` (first occurrence and active local days per fan and event name)
 * instead of the raw event store: the same cohorts and periods as `retentionSql`, for queries without
 * property filters while the rollup is in the workspace's zone. Events after `pendingAfterSeq` (not
 * rolled up yet) are read raw and merged in, so answers are as fresh as the raw path's.
 *
 * Periods are numbered absolutely from local day numbers d (days since 1970-01-01): day = d, week =
 * (d + 3) / 7 (1970-01-01 was a Thursday, so weeks start on Monday), month = year × 12 + month − 1.
 */
const periodOf = (iv: RetentionInterval, d: string) =>
  iv === 'day' ? `(${d})` : iv === 'week' ? `((${d} + 3) / 7)` : `(extract(year from date '1970-01-01' + ${d}) * 12 + extract(month from date '1970-01-01' + ${d}) - 1)::int`;
const periodStart = (iv: RetentionInterval, c: string) =>
  iv === 'day' ? `date '1970-01-01' + ${c}` : iv === 'week' ? `date '1970-01-01' + (${c} * 7 - 3)` : `make_date(${c} / 12, ${c} % 12 + 1, 1)`;

export interface RetentionRollupInput extends RetentionSqlInput {
  /** Events with a larger seq are not in the rollup yet. */
  pendingAfterSeq: number;
}

export function retentionRollupSql(q: RetentionRollupInput, p: SqlParams): string {
  const ws = p.add(q.workspaceId);
  const tz = `${p.add(q.timeZone)}::text`;
  const iv = q.interval;
  const n = `${p.add(q.periods)}::int`;
  const pending = `${p.add(q.pendingAfterSeq)}::int8`;
  const dayOf = (date: string) => `(${p.add(date)}::date - date '1970-01-01')`;
  // parameters are added where used (an unused one has no type)
  const start = () => `(${p.add(q.range.from)}::date::timestamp at time zone ${tz})`;
  const end = () => `((${p.add(q.range.to)}::date + 1)::timestamp at time zone ${tz})`;
  const c0 = periodOf(iv, dayOf(q.range.from));
  const cn = periodOf(iv, dayOf(q.range.to));
  const now = periodOf(iv, localDayNumber(`${p.add(q.now)}::timestamptz`, tz));
  const startName = p.add(q.startEvent.event);
  const returnName = p.add(q.returnEvent === 'any' ? '' : q.returnEvent.event);

  const names = `array[${startName}, ${returnName}]::text[]`;
  const fanDays = (alias: string, name: string) => `analytics_fan_days ${alias} on ${alias}.workspace_id = ${ws} and ${alias}.name = ${name}`;
  const canonicalOf = (col: string) => `coalesce((select fa.canonical_id from fan_aliases fa where fa.workspace_id = ${ws} and fa.fan_id = ${col}), ${col})`;

  // events not rolled up yet, as rollup rows (per fan and name of the query, and '' = any event)
  const pend = `pend as materialized (
  select e.fan_id, n.name, min(e.occurred_at) as first_at, array_agg(distinct ${localDayNumber('e.occurred_at', tz)}) as days
    from events e cross join lateral (values (e.name), ('')) as n(name)
   where e.seq > ${pending} and e.workspace_id = ${ws} and e.fan_id is not null and n.name = any(${names})
   group by 1, 2
)`;
  /** (fan_id, first_at, days) rows of one event name from the rollup and the pending events, `cond` on both. */
  const source = (name: string, cond: string) => `(
    select fan_id, first_at, days from analytics_fan_days where workspace_id = ${ws} and name = ${name} and ${cond}
    union all
    select fan_id, first_at, days from pend where name = ${name} and ${cond}
  )`;

  const cohorts =
    q.mode === 'first_time'
      ? `cand as (
  -- fans with a start event whose first occurrence (on one of their ids) is in the range …
  select ${canonicalOf('src.fan_id')} as fan, min(src.first_at) as first_at
    from ${source(startName, `first_at >= ${start()} and first_at < ${end()}`)} src group by 1
), early as (
  -- … less those with an earlier one: on another id merged into the same fan, or among events not rolled up yet
  select fa.canonical_id as fan from fan_aliases fa join ${fanDays('f', startName)} and f.fan_id in (fa.fan_id, fa.canonical_id)
   where fa.workspace_id = ${ws} and f.first_at < ${start()}
  union all
  select ${canonicalOf('pend.fan_id')} from pend where name = ${startName} and first_at < ${start()}
  union all
  -- a fan first seen in the range by a pending event, but earlier in the rollup
  select ${canonicalOf('pend.fan_id')} from pend join ${fanDays('f', startName)} and f.fan_id = pend.fan_id
   where pend.name = ${startName} and f.first_at < ${start()}
), s as materialized (
  select cand.fan, ${periodOf(iv, localDayNumber('cand.first_at', tz))} as c from cand where cand.fan not in (select fan from early)
)`
      : `s as materialized (
  select distinct ${canonicalOf('src.fan_id')} as fan, ${periodOf(iv, 'd')} as c
    from ${source(startName, `first_at < ${end()}`)} src cross join lateral unnest(src.days) as d
   where d >= ${dayOf(q.range.from)} and d <= ${dayOf(q.range.to)}
)`;
  const dayRows = (days: string, join: string) => `select s.fan, s.c, ${days} as days from s ${join}`;
  const aliasJoin = `join fan_aliases fa on fa.workspace_id = ${ws} and fa.canonical_id = s.fan`;
  return `with ${pend}, ${cohorts}, rows as (
  -- the active days of each cohort fan on each of its ids (canonical and merged), rolled up and pending
  ${dayRows('f.days', `join ${fanDays('f', returnName)} and f.fan_id = s.fan`)}
  union all
  ${dayRows('f.days', `${aliasJoin} join ${fanDays('f', returnName)} and f.fan_id = fa.fan_id`)}
  union all
  ${dayRows('pend.days', `join pend on pend.name = ${returnName} and pend.fan_id = s.fan`)}
  union all
  ${dayRows('pend.days', `${aliasJoin} join pend on pend.name = ${returnName} and pend.fan_id = fa.fan_id`)}
), sizes as (
  select c, count(*)::int as size from s group by c
), ret as (
  select c, p, count(*)::int as n from (
    select distinct r.fan, r.c, ${periodOf(iv, 'd')} - r.c as p
      from rows r cross join lateral unnest(r.days) as d
     where d > ${dayOf(q.range.from)} and ${periodOf(iv, 'd')} > r.c and ${periodOf(iv, 'd')} - r.c <= ${n}
  ) x group by 1, 2
), returned as (
  select c, json_agg(json_build_array(p, n) order by p) as returned from ret group by c
), cohorts as (
  select g as c from generate_series(${c0}, ${cn}) as g
)
select (${periodStart(iv, 'co.c')})::text as cohort, coalesce(sz.size, 0) as size,
       least(${n}, ${now} - co.c) as observable,
       coalesce(rt.returned, '[]'::json) as returned
  from cohorts co left join sizes sz on sz.c = co.c left join returned rt on rt.c = co.c
 order by co.c`;
}
