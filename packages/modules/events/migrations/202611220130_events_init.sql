-- Event store: everything a fan or the system did, append-only, one row per event.
-- `seq` is the compact, ever-increasing id (cursor for readers); cross-module ids are plain text (no FKs).
create table events (
  seq            bigint generated always as identity primary key,
  workspace_id   text not null,
  message_id     text,
  source_id      text not null,
  name           text not null,
  fan_id         text,
  platform       text not null,
  account_id     text,
  publication_id text,
  occurred_at    timestamptz not null,
  received_at    timestamptz not null default now(),
  properties     jsonb
);

-- Time-range reads (Overview daily series, totals, top posts): every analytics query starts here.
create index events_workspace_time_idx on events (workspace_id, occurred_at);
-- Follower counts at any time: follows − unfollows up to t, per account. Small partial index.
create index events_follows_idx on events (workspace_id, account_id, occurred_at) where name in ('follow', 'unfollow');
-- Idempotent ingestion: the same message from the same source is stored once.
create unique index events_message_key on events (workspace_id, source_id, message_id) where message_id is not null;
