-- In-app notifications: one row per recipient (a member of the workspace).
create table notifications (
  id           text primary key,
  workspace_id text not null,
  user_id      text not null,
  kind         text not null,   -- review_requested, content_approved, content_rejected, review_sla_breached, takedown_needs_attention, mentioned, …
  title        text not null,
  body         text not null default '',
  link         text not null default '',
  read_at      timestamptz,
  created_at   timestamptz not null
);
create index notifications_user_idx on notifications (workspace_id, user_id, created_at desc, id desc);
create index notifications_unread_idx on notifications (workspace_id, user_id) where read_at is null;
