-- Per fan and event name (and '' = any event): the first occurrence and the local days (workspace
-- zone of analytics_rollup_state, as days since 1970-01-01, ascending) with at least one such event.
-- Kept by analytics.refresh-rollups next to analytics_daily_rollup; retention reads it instead of the
-- raw event store when the query has no property filters (see the analytics README, "Rollups").
create table analytics_fan_days (
  workspace_id text not null,
  name         text not null,
  fan_id       text not null,
  first_at     timestamptz not null,
  days         int[] not null,
  primary key (workspace_id, name, fan_id)
);
create index analytics_fan_days_first_idx on analytics_fan_days (workspace_id, name, first_at);

-- Existing rollups have no fan days: the next refresh rebuilds every workspace whole.
delete from analytics_rollup_state;
