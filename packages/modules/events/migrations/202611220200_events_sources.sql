-- Event sources: one per SDK install, server, mini program or connected account. The write key
-- authenticates ingestion; only its sha256 and a short display prefix are stored.
create table event_sources (
  id          text primary key,
  workspace_id text not null,
  name        text not null,
  kind        text not null check (kind in ('web', 'server', 'miniprogram', 'account')),
  key_hash    text not null unique,
  key_prefix  text not null,
  created_at  timestamptz not null default now(),
  revoked_at  timestamptz
);

create index event_sources_workspace_idx on event_sources (workspace_id, created_at);
