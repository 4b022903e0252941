-- Per-account publishing queues: the weekly time slots (weekday 0 = Monday, local HH:MM in the workspace
-- time zone) that "add to queue" fills. One row per account; a PUT replaces the whole list.
create table content_queues (
  workspace_id text not null,
  account_id   text not null,
  slots        jsonb not null default '[]',   -- [{ "weekday": 0, "time": "09:30" }]
  updated_by   text,
  updated_at   timestamptz not null,
  primary key (workspace_id, account_id)
);
