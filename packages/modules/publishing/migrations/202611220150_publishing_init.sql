-- Publications: one piece of content published to one account (remote id, permalink, features).
create table publications (
  id              text primary key,
  workspace_id    text not null,
  account_id      text not null,
  brand_id        text,
  remote_id       text,
  permalink       text,
  title           text,
  text            text not null default '',
  media_kind      text not null default 'none' check (media_kind in ('none', 'image', 'video')),
  media_count     int not null default 0 check (media_count >= 0),
  hashtags        text[] not null default '{}',
  funnel_stage    text check (funnel_stage in ('awareness', 'interest', 'decision', 'loyalty')),
  pillar          text,
  status          text not null check (status in ('scheduled', 'publishing', 'published', 'failed', 'needs_attention', 'deleted')),
  idempotency_key text not null,
  published_at    timestamptz,
  created_at      timestamptz not null,
  unique (workspace_id, idempotency_key)
);
create index publications_workspace_published_idx on publications (workspace_id, published_at desc, id desc);
create unique index publications_remote_key on publications (workspace_id, account_id, remote_id) where remote_id is not null;
