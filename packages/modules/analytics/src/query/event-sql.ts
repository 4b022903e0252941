import type { BreakdownBy, EventFilter, Interval } from './query.schema.js';
import type { SqlParams } from './sql-params.js';

/** SQL for an event column or property of alias `e` (properties compare as text). */
export function fieldSql(f: { field: BreakdownBy['field']; property?: string }, p: SqlParams, alias = 'e'): string {
  switch (f.field) {
    case 'event':
      return `${alias}.name`;
    case 'platform':
      return `${alias}.platform`;
    case 'account':
      return `${alias}.account_id`;
    case 'post':
      return `${alias}.publication_id`;
    case 'property':
      return `(${alias}.properties->>${p.add(f.property)})`;
  }
}

/** One filter as a boolean SQL expression; numbers compare numerically (non-numeric text never matches). */
export function filterSql(f: EventFilter, p: SqlParams, alias = 'e'): string {
  const col = fieldSql(f, p, alias);
  const num = `(case when ${col} ~ '^-?[0-9]+(\\.[0-9]+)?$' then ${col}::numeric end)`;
  switch (f.op) {
    case 'eq':
      return `${col} = ${p.add(String(f.value))}`;
    case 'neq':
      return `${col} is distinct from ${p.add(String(f.value))}`;
    case 'in':
      return `${col} = any(${p.add((f.value as (string | number)[]).map(String))}::text[])`;
    case 'contains':
      return `strpos(lower(${col}), lower(${p.add(String(f.value))})) > 0`;
    case 'gt':
      return `${num} > ${p.add(f.value)}::numeric`;
    case 'gte':
      return `${num} >= ${p.add(f.value)}::numeric`;
    case 'lt':
      return `${num} < ${p.add(f.value)}::numeric`;
    case 'lte':
      return `${num} <= ${p.add(f.value)}::numeric`;
    case 'is_set':
      return `${col} is not null`;
    case 'is_not_set':
      return `${col} is null`;
  }
}

/** All filters ANDed ('true' when none). */
export function filtersSql(filters: readonly EventFilter[] | undefined, p: SqlParams, alias = 'e'): string {
  return filters && filters.length > 0 ? filters.map((f) => `(${filterSql(f, p, alias)})`).join(' and ') : 'true';
}

/**
 * The local bucket of `occurred_at` in the time zone bound at `tz` (a `$n`): hour → local timestamp
 * truncated to the hour, day → local date, week → the Monday of the local week, month → the 1st.
 */
export function bucketSql(interval: Interval, tz: string, alias = 'e'): string {
  const local = `(${alias}.occurred_at at time zone ${tz})`;
  return interval === 'hour' ? `date_trunc('hour', ${local})` : interval === 'day' ? `${local}::date` : `date_trunc('${interval}', ${local})::date`;
}

/** The first instant of a local date in the zone: `date::timestamp at time zone tz`. */
export const dayStartSql = (date: string, tz: string) => `(${date}::date::timestamp at time zone ${tz})`;

/** The fan of an event after merges (join `fan_aliases` as `fa`; see the fans module README). */
export const CANONICAL_FAN_JOIN = `left join fan_aliases fa on fa.workspace_id = e.workspace_id and fa.fan_id = e.fan_id`;
export const CANONICAL_FAN = `coalesce(fa.canonical_id, e.fan_id)`;
