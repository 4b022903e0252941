import { CANONICAL_FAN, CANONICAL_FAN_JOIN, fieldSql, filtersSql } from '../query/event-sql.js';
import { epochMicros } from '../query/range-bounds.js';
import type { SqlParams } from '../query/sql-params.js';
import type { FunnelQuery } from './funnel.schema.js';

/**
 * The funnel's SQL (definitions in README.md, "Funnels"). One scan of the event store — by workspace,
 * time (events_workspace_time_idx) and the funnel's event names — into `base`, then per fan window
 * passes over that small set (no self-joins of the event table):
 *
 * - sequential: for every step-k event, `m_k` = the lexicographically greatest chain of earlier
 *   events `[t1, seq1, …, t(k-1), seq(k-1)]` ending in a step-(k-1) event (a running `max` over the
 *   preceding rows; arrays compare element by element, so this is the chain with the latest start,
 *   then the latest step 2, …). A chain completes step k when its event is within the window of t1.
 * - strict: the same, but the chain's previous event must be the fan's previous funnel event (`lag`).
 * - any: for every step-1 event, the first later event of each other step (`min` over the following
 *   rows, written as a running `min` over the reversed order so PostgreSQL aggregates incrementally).
 *
 * The result is the CTE `counted (fan, lvl, c, bd)`: per fan the last step reached, the completion
 * times (µs since the epoch) of steps 1..lvl, and the breakdown value of the chosen first step.
 * Times are integers (µs) with the event's `seq` as tie-breaker: events are ordered by (occurred_at, seq).
 */
export interface FunnelSqlInput extends Pick<FunnelQuery, 'steps' | 'order' | 'exclusion' | 'breakdown' | 'filters' | 'windowSeconds'> {
  workspaceId: string;
  /** Range instants: step 1 must happen in [start, end). */
  start: Date;
  end: Date;
}

const stepCond = (s: { event: string; filters?: FunnelQuery['filters'] }, p: SqlParams) => `(e.name = ${p.add(s.event)} and ${filtersSql(s.filters, p)})`;

function baseCte(q: FunnelSqlInput, p: SqlParams): string {
  const names = [...new Set([...q.steps.map((s) => s.event), ...(q.exclusion ? [q.exclusion.event] : [])])];
  const scanEnd = new Date(q.end.getTime() + q.windowSeconds * 1000);
  return `base as materialized (
  select ${CANONICAL_FAN} as fan,
         (extract(epoch from e.occurred_at) * 1000000)::int8 as t,
         e.seq,
         ${q.steps.map((s, i) => `${stepCond(s, p)} as s${i + 1}`).join(',\n         ')},
         ${q.exclusion ? stepCond(q.exclusion, p) : 'false'} as sx,
         ${q.breakdown ? `${fieldSql(q.breakdown, p)}::text` : 'null::text'} as bd
    from events e ${CANONICAL_FAN_JOIN}
   where e.workspace_id = ${p.add(q.workspaceId)} and e.occurred_at >= ${p.add(q.start)}::timestamptz and e.occurred_at < ${p.add(scanEnd)}::timestamptz
     and e.fan_id is not null and e.name = any(${p.add(names)}::text[]) and ${filtersSql(q.filters, p)}
), fe as (
  select fan, t, seq, ${q.steps.map((_, i) => `s${i + 1}`).join(', ')} from base where ${q.steps.map((_, i) => `s${i + 1}`).join(' or ')}
)`;
}

/** sequential / strict: chains as int8 arrays [t1, seq1, t2, seq2, …]; → `picked (fan, lvl, c, start_seq)`. */
function chainCtes(q: FunnelSqlInput, p: SqlParams, endUs: string, windowUs: string): string {
  const n = q.steps.length;
  // the chain ending at this row when it is a step-k event (null otherwise)
  const v = (k: number) =>
    k === 1 ? `(case when s1 and t < ${endUs} then array[t, seq] end)` : `(case when s${k} and m${k} is not null then m${k} || array[t, seq] end)`;
  const ctes: string[] = [];
  let prev = 'fe';
  for (let k = 2; k <= n; k++) {
    const agg =
      q.order === 'strict'
        ? `lag(${v(k - 1)}) over (partition by fan order by t, seq)`
        : `max(${v(k - 1)}) over (partition by fan order by t, seq rows between unbounded preceding and 1 preceding)`;
    ctes.push(`q${k} as (select *, case when s${k} then ${agg} end as m${k} from ${prev})`);
    prev = `q${k}`;
  }
  const vs = Array.from({ length: n }, (_, i) => `${v(i + 1)} as v${i + 1}`).join(', ');
  const valid = (k: number) => `(v${k} is not null and t - v${k}[1] <= ${windowUs})`;
  const desc = Array.from({ length: n }, (_, i) => n - i);
  ctes.push(`vv as (select fan, t, seq, ${vs} from ${prev})`);
  ctes.push(`scored as (
  select fan, t, seq,
         case ${desc.map((k) => `when ${valid(k)} then ${k}`).join(' ')} end as lvl,
         case ${desc.map((k) => `when ${valid(k)} then v${k}`).join(' ')} end as path
    from vv
)`);
  // per fan the row with the highest level, then the earliest (t, seq): the least [−lvl, t, seq, …path] (one streaming aggregate, no sort)
  ctes.push(`chosen as (select fan, min(array[-lvl::int8, t, seq] || path) as best from scored where lvl is not null group by fan)`);
  // best = [−lvl, t, seq, t1, seq1, t2, seq2, …]: step k's time is best[2k + 2]
  const times = Array.from({ length: n }, (_, i) => `best[${2 * (i + 1) + 2}]`).join(', ');
  ctes.push(`picked as (select fan, (-best[1])::int as lvl, (array[${times}])[1:(-best[1])::int] as c, best[5] as start_seq from chosen)`);
  return ctes.join(',\n');
}

/** any order: per step-1 event the first later event of every other step; → `picked (fan, lvl, c, start_seq)`. */
function anyOrderCtes(q: FunnelSqlInput, endUs: string, windowUs: string): string {
  const n = q.steps.length;
  const ks = Array.from({ length: n - 1 }, (_, i) => i + 2);
  const ok = (k: number) => `(n${k} is not null and n${k} - t <= ${windowUs})`;
  // completion time of steps 1..k: the latest of their times
  const done = (k: number) => (k === 1 ? 't' : `greatest(t, ${ks.filter((j) => j <= k).map((j) => `n${j}`).join(', ')})`);
  return `nx as (
  select fan, t, seq, s1, ${ks.map((k) => `min(case when s${k} then t end) over r as n${k}`).join(', ')}
    from fe window r as (partition by fan order by t desc, seq desc rows between unbounded preceding and 1 preceding)
), st as (
  select fan, t, seq, ${ks.map((k) => `n${k}`).join(', ')},
         case ${ks.map((k) => `when not ${ok(k)} then ${k - 1}`).join(' ')} else ${n} end as lvl
    from nx where s1 and t < ${endUs}
), st2 as (
  select fan, t, seq, lvl,
         (array[${Array.from({ length: n }, (_, i) => done(i + 1)).join(', ')}])[1:lvl] as c
    from st
), chosen as (
  -- per fan: the highest level, then the earliest completion, then the latest step 1: the least [−lvl, c[lvl], −t, −seq, …c]
  select fan, min(array[-lvl::int8, c[lvl], -t, -seq] || c) as best from st2 group by fan
), picked as (
  select fan, (-best[1])::int as lvl, best[5:4 + (-best[1])::int] as c, -best[4] as start_seq from chosen
)`;
}

/** All CTEs up to `counted (fan, lvl, c, bd)`: the fans in the funnel (exclusions removed). */
export function funnelCtes(q: FunnelSqlInput, p: SqlParams): string {
  const endUs = `${p.add(epochMicros(q.end))}::int8`;
  const windowUs = `${p.add(String(BigInt(q.windowSeconds) * 1_000_000n))}::int8`;
  const parts = [baseCte(q, p), q.order === 'any' ? anyOrderCtes(q, endUs, windowUs) : chainCtes(q, p, endUs, windowUs)];
  const bdJoin = q.breakdown ? `left join base b on b.seq = pk.start_seq` : '';
  const excluded = q.exclusion ? `where not exists (select 1 from base x where x.sx and x.fan = pk.fan and x.t > pk.c[1] and x.t < pk.c[pk.lvl])` : '';
  parts.push(`counted as materialized (
  select pk.fan, pk.lvl, pk.c, ${q.breakdown ? 'b.bd' : 'null::text'} as bd from picked pk ${bdJoin} ${excluded}
)`);
  return `with ${parts.join(',\n')}`;
}

/**
 * Per step (overall: rn null) and per breakdown value (rn = its rank by fans at step 1, ≤ limit):
 * fans who reached the step and the median µs from the previous step. One row `kind = 'values'`
 * carries the number of distinct breakdown values in `fans`.
 */
export function funnelStepsSql(q: FunnelSqlInput, p: SqlParams, breakdownLimit: number): string {
  const steps = (src: string, rn: string) =>
    `select ${rn} as rn, c.bd, k, (c.c[k] - c.c[k - 1]) as dt from ${src} c cross join lateral generate_series(1, c.lvl) as k`;
  const overall = `select 'step' as kind, null::int8 as rn, null::text as bd, k, count(*)::int as fans,
       percentile_cont(0.5) within group (order by dt) as median_us
  from (${steps('counted', 'null::int8')}) s group by k`;
  if (!q.breakdown) return `${funnelCtes(q, p)}\n${overall}\norder by k`;
  const limit = p.add(breakdownLimit);
  return `${funnelCtes(q, p)},
sized as (select c.*, count(*) over (partition by c.bd) as bd_fans from counted c),
ranked as (select s.*, dense_rank() over (order by s.bd_fans desc, s.bd nulls last) as rn from sized s)
${overall}
union all
select 'step', s.rn, min(s.bd), s.k, count(*)::int, percentile_cont(0.5) within group (order by s.dt)
  from (${steps(`(select * from ranked where rn <= ${limit})`, 'c.rn')}) s group by s.rn, s.k
union all
select 'values', null, null, null, coalesce(max(rn), 0)::int, null from ranked
order by 2 nulls first, 4`;
}

/** The fans of a step: converted (reached it) or dropped (reached the step before, not it), ordered by fan id after `cursor`. */
export function funnelFansSql(
  q: FunnelSqlInput,
  p: SqlParams,
  opts: { step: number; status: 'dropped' | 'converted'; breakdownValue?: string | null; cursor?: string; limit?: number },
): string {
  const cond = [opts.status === 'converted' ? `lvl >= ${p.add(opts.step)}` : `lvl = ${p.add(opts.step - 1)}`];
  if (opts.breakdownValue !== undefined) cond.push(opts.breakdownValue === null ? 'bd is null' : `bd = ${p.add(opts.breakdownValue)}`);
  if (opts.cursor !== undefined) cond.push(`fan > ${p.add(opts.cursor)}`);
  return `${funnelCtes(q, p)}
select fan as "fanId", lvl as "lastStep", 'epoch'::timestamptz + c[lvl] * interval '1 microsecond' as "reachedAt"
  from counted where ${cond.join(' and ')}
 order by fan${opts.limit !== undefined ? ` limit ${p.add(opts.limit)}` : ''}`;
}
