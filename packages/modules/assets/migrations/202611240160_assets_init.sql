-- Asset library: images and videos per workspace, deduplicated by content hash.
create table assets (
  id              text primary key,               -- ast_…
  workspace_id    text not null,
  kind            text not null check (kind in ('image', 'video')),
  name            text not null,
  mime_type       text not null,                  -- sniffed from the bytes, never from the client
  bytes           bigint not null,
  sha256          text not null,
  width           int,
  height          int,
  duration_ms     int,
  storage_key     text not null,                  -- key in the configured store (local dir or S3)
  thumbnail_key   text,                           -- WebP, max 320 px (video: the browser's poster frame)
  thumbnail_bytes int,
  tags            text[] not null default '{}',
  created_by      text not null,
  created_at      timestamptz not null,
  updated_at      timestamptz not null,
  unique (workspace_id, sha256)
);
create index assets_workspace_created_idx on assets (workspace_id, created_at desc, id desc);
create index assets_tags_idx on assets using gin (tags);
