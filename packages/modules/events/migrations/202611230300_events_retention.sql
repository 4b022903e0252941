-- Per-workspace event retention: events older than `retention_days` (by occurred_at) are deleted by
-- the daily job `events.apply-retention`. No row, or null, keeps events forever.
create table events_retention (
  workspace_id   text primary key,
  retention_days integer check (retention_days between 1 and 3650),
  updated_at     timestamptz not null,
  updated_by     text
);
create index events_retention_active_idx on events_retention (workspace_id) where retention_days is not null;
