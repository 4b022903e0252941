-- Team comment threads per content item (optionally about one variant), with @mentions of members.
create table content_comments (
  id              text primary key,
  workspace_id    text not null,
  content_id      text not null references content_items (id) on delete cascade,
  variant_id      text references content_variants (id) on delete cascade,
  author_id       text not null,
  body            text not null,
  mentions        text[] not null default '{}',   -- mentioned user ids
  idempotency_key text,
  created_at      timestamptz not null,
  updated_at      timestamptz not null,
  edited          boolean not null default false
);
create index content_comments_item_idx on content_comments (workspace_id, content_id, created_at, id);
create unique index content_comments_idempotency_key on content_comments (workspace_id, author_id, idempotency_key) where idempotency_key is not null;
