/**
 * Content insight SQL. A post is a `post_published` event with a publication id, published in the
 * range of local dates [from, to] (workspace time zone); its metrics count the events carrying its
 * publication id up to the end of `to`. Its platform is its account's platform (a sandbox account
 * counts as the platform it simulates), else the event's platform. Pillar and funnel stage come from
 * the `post_published` properties `pillar` and `funnelStage`.
 */
import { formulaAggregateSql } from '../catalog/evaluate-metric.js';
import { CANONICAL_FAN_JOIN } from '../query/event-sql.js';
import { SqlParams } from '../query/sql-params.js';
import { baseFormula, POST_BASE_METRICS, postMetricEvents } from './content-metrics.js';

export interface PostScope {
  workspaceId: string;
  timeZone: string;
  from: string;
  to: string;
  accountId?: string | null;
  platform?: string | null;
  pillar?: string | null;
  funnelStage?: string | null;
  /** account id → platform shown for it (its own, or the simulated one for sandbox accounts). */
  platformOf: Readonly<Record<string, string>>;
}

/** Post columns every query returns (snake case, as selected). */
export const POST_COLUMNS = [
  'publication_id',
  'account_id',
  'platform',
  'published_at',
  'title',
  'excerpt',
  'permalink',
  'media_kind',
  'pillar',
  'funnel_stage',
  'weekday',
  'hour',
] as const;

export type GroupColumn = 'platform' | 'pillar' | 'funnel_stage' | 'account_id';

/** `posts` (one row per publication, the first `post_published`) and `scoped` (after the filters). $1 ws, $2 tz, $3 from, $4 to. */
function postsCtes(s: PostScope, p: SqlParams): string {
  const start = `($3::date::timestamp at time zone $2::text)`;
  const end = `(($4::date + 1)::timestamp at time zone $2::text)`;
  const local = `(e.occurred_at at time zone $2::text)`;
  const filters = [
    s.accountId ? `account_id = ${p.add(s.accountId)}` : null,
    s.platform ? `platform = ${p.add(s.platform)}` : null,
    s.pillar ? `pillar = ${p.add(s.pillar)}` : null,
    s.funnelStage ? `funnel_stage = ${p.add(s.funnelStage)}` : null,
  ].filter(Boolean);
  return `posts as (
  select distinct on (e.publication_id)
         e.publication_id, e.account_id,
         coalesce(${p.add(JSON.stringify(s.platformOf))}::jsonb ->> e.account_id, e.platform) as platform,
         e.occurred_at as published_at,
         e.properties ->> 'title' as title, e.properties ->> 'excerpt' as excerpt, e.properties ->> 'permalink' as permalink,
         e.properties ->> 'mediaKind' as media_kind, e.properties ->> 'pillar' as pillar, e.properties ->> 'funnelStage' as funnel_stage,
         extract(isodow from ${local})::int as weekday, extract(hour from ${local})::int as hour
    from events e
   where e.workspace_id = $1 and e.name = 'post_published' and e.publication_id is not null
     and e.occurred_at >= ${start} and e.occurred_at < ${end}
   order by e.publication_id, e.occurred_at, e.seq
), scoped as (
  select * from posts where ${filters.length > 0 ? filters.join(' and ') : 'true'}
)`;
}

/** The events of the scoped posts up to the end of `to` (left join: posts without events stay). */
function eventsJoin(p: SqlParams): string {
  return `left join events e
    on e.workspace_id = $1 and e.publication_id = po.publication_id
   and e.occurred_at >= ($3::date::timestamp at time zone $2::text) and e.occurred_at < (($4::date + 1)::timestamp at time zone $2::text)
   and e.name = any(${p.add(postMetricEvents())}::text[])
  ${CANONICAL_FAN_JOIN}`;
}

function aggregates(p: SqlParams): string {
  return POST_BASE_METRICS.map((id) => `(${formulaAggregateSql(baseFormula(id), p)})::float8 as "${id}"`).join(',\n       ');
}

const params = (s: PostScope) => new SqlParams([s.workspaceId, s.timeZone, s.from, s.to]);

/** Every scoped post with its base metrics. */
export function postMetricsQuery(s: PostScope): { sql: string; values: unknown[] } {
  const p = params(s);
  const ctes = postsCtes(s, p);
  const cols = POST_COLUMNS.map((c) => `po.${c}`).join(', ');
  const sql = `with ${ctes}
select ${cols},
       ${aggregates(p)}
  from scoped po
  ${eventsJoin(p)}
 group by ${cols}`;
  return { sql, values: p.values };
}

/** The base metrics per group of scoped posts (distinct fans counted once per group) and the group's post count. */
export function groupMetricsQuery(s: PostScope, by: GroupColumn): { sql: string; values: unknown[] } {
  const p = params(s);
  const ctes = postsCtes(s, p);
  const sql = `with ${ctes}
select po.${by} as key, count(distinct po.publication_id)::int as posts,
       ${aggregates(p)}
  from scoped po
  ${eventsJoin(p)}
 group by po.${by}`;
  return { sql, values: p.values };
}
