-- The live event debugger: the latest events per source with their validation result (kept ~100 per
-- source; older rows are pruned as new ones arrive), an excerpt of what was sent and the error.
-- Unlogged: no WAL, so recording costs ingestion no extra fsync; a crash may empty it, which is fine.
create unlogged table event_debug (
  id           bigint generated always as identity primary key,
  workspace_id text not null,
  source_id    text not null,
  received_at  timestamptz not null,
  status       text not null check (status in ('accepted', 'duplicate', 'rejected')),
  name         text,
  message_id   text,
  fan_id       text,
  error_path   text,
  error        text,
  excerpt      text not null
);
create index event_debug_source_idx on event_debug (workspace_id, source_id, id desc);
