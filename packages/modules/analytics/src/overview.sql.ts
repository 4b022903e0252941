/**
 * The Overview's SQL. Day boundaries are local dates in the workspace time zone:
 * an event belongs to day `(occurred_at at time zone tz)::date`; a day starts at `day::timestamp at time zone tz`
 * (so a 23- or 25-hour day across a daylight-saving switch is still one day).
 * Engagements = like + comment + share + save (see README.md, the metric catalog).
 */
export const ENGAGEMENT_NAMES = ['like', 'comment', 'share', 'save'] as const;

/** $1 now, $2 tz, $3 days → the current and previous periods as local dates and instants. */
export const RANGE_SQL = `
with b as (
  select d - ($3::int - 1) as from_d, d as to_d, d - (2 * $3::int - 1) as pfrom_d, d - $3::int as pto_d
    from (select ($1::timestamptz at time zone $2::text)::date as d) t
)
select from_d::text as "from", to_d::text as "to", pfrom_d::text as "previousFrom", pto_d::text as "previousTo",
       (pfrom_d::timestamp at time zone $2::text) as prev_start,
       (from_d::timestamp at time zone $2::text) as cur_start,
       ((to_d + 1)::timestamp at time zone $2::text) as cur_end
  from b`;

/**
 * $1 workspace, $2 tz, $3 prev_start, $4 cur_start, $5 cur_end, $6 previousFrom, $7 to, $8 account (nullable)
 * → every day of both periods zero-filled, the current period's days as JSON, and both periods' totals.
 */
export const DAILY_AND_TOTALS_SQL = `
with agg as (
  select (occurred_at at time zone $2::text)::date as day,
         count(*) filter (where name = 'impression') as impressions,
         count(*) filter (where name in ('like', 'comment', 'share', 'save')) as engagements,
         count(*) filter (where name = 'follow') as follows,
         count(*) filter (where name = 'unfollow') as unfollows,
         count(*) filter (where name = 'post_published') as posts
    from events
   where workspace_id = $1 and occurred_at >= $3 and occurred_at < $5 and ($8::text is null or account_id = $8)
   group by 1
), filled as (
  select g.day::date as day, g.day::date >= ($4::timestamptz at time zone $2::text)::date as current,
         coalesce(a.impressions, 0) as impressions, coalesce(a.engagements, 0) as engagements,
         coalesce(a.follows, 0) as follows, coalesce(a.unfollows, 0) as unfollows, coalesce(a.posts, 0) as posts
    from generate_series($6::date, $7::date, interval '1 day') as g(day)
    left join agg a on a.day = g.day::date
), totals as (
  select current, sum(impressions)::int as impressions, sum(engagements)::int as engagements,
         sum(posts)::int as posts,
         case when sum(impressions) = 0 then 0 else sum(engagements)::float8 / sum(impressions) end as engagement_rate
    from filled group by current
)
select
  (select json_agg(json_build_object('date', day::text, 'impressions', impressions, 'engagements', engagements,
                                     'follows', follows, 'unfollows', unfollows, 'postsPublished', posts) order by day)
     from filled where current) as daily,
  (select row_to_json(t) from totals t where current) as cur,
  (select row_to_json(t) from totals t where not current) as prev`;

/**
 * $1 workspace, $2 prev_start, $3 cur_start, $4 cur_end, $5 account (nullable)
 * → followers (follows − unfollows up to the end of each period) and net follows in each period,
 * per account and (grouping row, is_total) for all of them together.
 */
export const FOLLOWERS_SQL = `
select account_id, grouping(account_id) = 1 as is_total,
       (count(*) filter (where name = 'follow' and occurred_at < $4) - count(*) filter (where name = 'unfollow' and occurred_at < $4))::int as followers,
       (count(*) filter (where name = 'follow' and occurred_at < $3) - count(*) filter (where name = 'unfollow' and occurred_at < $3))::int as followers_prev,
       (count(*) filter (where name = 'follow' and occurred_at >= $3) - count(*) filter (where name = 'unfollow' and occurred_at >= $3))::int as net,
       (count(*) filter (where name = 'follow' and occurred_at >= $2 and occurred_at < $3)
        - count(*) filter (where name = 'unfollow' and occurred_at >= $2 and occurred_at < $3))::int as net_prev
  from events
 where workspace_id = $1 and name in ('follow', 'unfollow') and occurred_at < $4 and ($5::text is null or account_id = $5)
 group by grouping sets ((account_id), ())`;

/**
 * $1 workspace, $2 cur_start, $3 cur_end, $4 account (nullable), $5 limit
 * → posts published in the period ranked by engagements in the period (ties: impressions, newest).
 * Title, excerpt and permalink come from the `post_published` event's properties.
 */
export const TOP_POSTS_SQL = `
with posts as (
  select publication_id, account_id, occurred_at as published_at, properties
    from events
   where workspace_id = $1 and name = 'post_published' and publication_id is not null
     and occurred_at >= $2 and occurred_at < $3 and ($4::text is null or account_id = $4)
), m as (
  select publication_id,
         count(*) filter (where name = 'impression')::int as impressions,
         count(*) filter (where name in ('like', 'comment', 'share', 'save'))::int as engagements
    from events
   where workspace_id = $1 and occurred_at >= $2 and occurred_at < $3
     and publication_id in (select publication_id from posts)
   group by publication_id
)
select p.publication_id as "publicationId", p.account_id as "accountId", p.published_at as "publishedAt",
       p.properties ->> 'title' as title, p.properties ->> 'excerpt' as excerpt, p.properties ->> 'permalink' as permalink,
       coalesce(m.impressions, 0) as impressions, coalesce(m.engagements, 0) as engagements,
       case when coalesce(m.impressions, 0) = 0 then 0 else m.engagements::float8 / m.impressions end as "engagementRate"
  from posts p left join m on m.publication_id = p.publication_id
 order by engagements desc, impressions desc, p.published_at desc, p.publication_id
 limit $5`;
