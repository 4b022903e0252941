import { CANONICAL_FAN, CANONICAL_FAN_JOIN, filtersSql } from '../query/event-sql.js';
import type { SqlParams } from '../query/sql-params.js';
import type { PathsQuery } from './paths.schema.js';

export interface PathsSqlInput extends PathsQuery {
  workspaceId: string;
  start: Date;
  end: Date;
}

/**
 * Paths around an event (definitions in README.md, "Paths"). The fans with an anchor event in the
 * range are found first; their events in the range are collapsed into runs of the same name
 * (like, like, comment → like, comment), and each run holding anchors takes the names of the next
 * (or previous) `steps` runs — window functions over the runs, no self-joins.
 */
export function pathsSql(q: PathsSqlInput, p: SqlParams): string {
  const ws = p.add(q.workspaceId);
  const inRange = `e.workspace_id = ${ws} and e.occurred_at >= ${p.add(q.start)}::timestamptz and e.occurred_at < ${p.add(q.end)}::timestamptz and e.fan_id is not null and ${filtersSql(q.filters, p)}`;
  const anchor = `(e.name = ${p.add(q.event)} and ${filtersSql(q.eventFilters, p)})`;
  const excluded = q.excludeEvents?.length ? `and not (e.name = any(${p.add(q.excludeEvents)}::text[]))` : '';
  const offsets = Array.from({ length: q.steps }, (_, i) => i + 1);
  const around =
    q.direction === 'after'
      ? offsets.map((i) => `lead(name, ${i}) over w`)
      : [...offsets].reverse().map((i) => `lag(name, ${i}) over w`);
  return `with af as (
  select distinct ${CANONICAL_FAN} as fan from events e ${CANONICAL_FAN_JOIN} where ${inRange} and ${anchor}
), ev as (
  select ${CANONICAL_FAN} as fan, e.occurred_at, e.seq, e.name, ${anchor} as anchor
    from events e ${CANONICAL_FAN_JOIN}
   where ${inRange} ${excluded} and ${CANONICAL_FAN} in (select fan from af)
), ch as (
  select fan, occurred_at, seq, name, anchor,
         case when name is distinct from lag(name) over (partition by fan order by occurred_at, seq) then 1 else 0 end as chg
    from ev
), rn as (
  select fan, name, anchor, sum(chg) over (partition by fan order by occurred_at, seq rows between unbounded preceding and current row) as r from ch
), runs as (
  select fan, r, min(name) as name, count(*) filter (where anchor) as anchors from rn group by fan, r
), hits as materialized (
  select fan, anchors, path from (
    select fan, anchors, array_remove(array[${around.join(', ')}]::text[], null) as path
      from runs window w as (partition by fan order by r)
  ) s where anchors > 0
), grouped as (
  select path, sum(anchors)::int as occurrences, count(distinct fan)::int as fans from hits group by path
)
select path, occurrences, fans, (count(*) over ())::int as total_sequences,
       (select sum(anchors) from hits)::int as total_occurrences, (select count(distinct fan) from hits)::int as total_fans
  from grouped
 order by fans desc, occurrences desc, path
 limit ${p.add(q.limit)}`;
}
