-- Content studio core: content items (the master), variants per target account, and the activity history.
-- Only the workflow (H4) writes content_items.status; items are editable only in 'draft'.
create table content_items (
  id              text primary key,
  workspace_id    text not null,
  brand_id        text,
  title           text,
  body            text not null default '',
  media           jsonb not null default '[]',   -- [{ "assetId": "ast_…" }]
  links           jsonb not null default '[]',   -- [{ "url": "https://…", "label": "…" }]
  topics          text[] not null default '{}',
  mentions        text[] not null default '{}',
  pillar          text,
  funnel_stage    text check (funnel_stage in ('awareness', 'interest', 'decision', 'loyalty')),
  campaign        text,
  sponsored       boolean not null default false,
  owner_id        text not null,
  status          text not null default 'draft',
  compliance      jsonb,                          -- last compliance report
  version         int not null default 1,
  created_by      text,
  idempotency_key text,
  created_at      timestamptz not null,
  updated_at      timestamptz not null
);
create index content_items_workspace_updated_idx on content_items (workspace_id, updated_at desc, id desc);
create index content_items_workspace_status_idx on content_items (workspace_id, status);
create unique index content_items_idempotency_key on content_items (workspace_id, idempotency_key) where idempotency_key is not null;

create table content_variants (
  id            text primary key,
  workspace_id  text not null,
  content_id    text not null references content_items (id) on delete cascade,
  account_id    text not null,
  platform      text not null,
  title         text,
  body          text not null default '',
  media         jsonb not null default '[]',
  hashtags      text[] not null default '{}',
  customised    boolean not null default false,  -- false = follows the master
  scheduled_at  timestamptz,
  created_at    timestamptz not null,
  updated_at    timestamptz not null,
  unique (content_id, account_id)
);
create index content_variants_workspace_account_idx on content_variants (workspace_id, account_id);
create index content_variants_workspace_scheduled_idx on content_variants (workspace_id, scheduled_at) where scheduled_at is not null;

create table content_activity (
  id           text primary key,
  workspace_id text not null,
  content_id   text not null references content_items (id) on delete cascade,
  actor_id     text,
  kind         text not null,   -- created, edited, variant_added, transition, comment, rescheduled, …
  detail       jsonb not null default '{}',
  created_at   timestamptz not null
);
create index content_activity_item_idx on content_activity (workspace_id, content_id, created_at desc, id desc);
