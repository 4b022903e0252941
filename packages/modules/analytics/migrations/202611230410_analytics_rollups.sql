-- Daily rollup of the event store: events per local day (in the workspace's time zone at build time),
-- name, platform, account and post. Kept current by the job analytics.refresh-rollups (every minute:
-- recomputes the days that new events touched) and rebuilt nightly; trends read it for counts and
-- fall back to raw events for days not rolled up yet (see the analytics README).
create table analytics_daily_rollup (
  workspace_id   text not null,
  day            date not null,
  name           text not null,
  platform       text not null,
  account_id     text not null default '',
  publication_id text not null default '',
  n              bigint not null,
  primary key (workspace_id, day, name, platform, account_id, publication_id)
);

-- Per workspace: the zone the rollup's days are in, and when it was last rebuilt whole.
create table analytics_rollup_state (
  workspace_id text primary key,
  time_zone    text not null,
  rebuilt_at   timestamptz not null
);

-- Events with seq ≤ cursor are in the rollup (single row).
create table analytics_rollup_cursor (
  id  int primary key check (id = 1),
  seq bigint not null
);
insert into analytics_rollup_cursor (id, seq) values (1, 0);
