-- Fans: one unified person per row, and the identifiers that point at them.
create table fans (
  id            text primary key,
  workspace_id  text not null,
  display_name  text not null,
  traits        jsonb,
  first_seen_at timestamptz,
  last_seen_at  timestamptz,
  created_at    timestamptz not null,
  unique (workspace_id, id)
);
-- Newest-first pages per workspace (ids are time-sortable).
create index fans_workspace_id_idx on fans (workspace_id, id desc);

-- email/phone: `value` is a salted lookup hash (`h1:<sha256 hex>`), the value itself only as a
-- SecretBox envelope in `value_enc`. Other kinds store the identifier as is.
create table fan_identities (
  workspace_id text not null,
  fan_id       text not null,
  kind         text not null check (kind in ('platform_user', 'unionid', 'email', 'phone', 'external_id', 'anonymous_id')),
  namespace    text not null default '',
  value        text not null,
  value_enc    text,
  created_at   timestamptz not null,
  unique (workspace_id, kind, namespace, value),
  foreign key (workspace_id, fan_id) references fans (workspace_id, id) on delete cascade
);
create index fan_identities_fan_idx on fan_identities (workspace_id, fan_id);

-- Per-workspace random salt for PII lookup hashes.
create table fans_settings (
  workspace_id text primary key,
  lookup_salt  text not null,
  created_at   timestamptz not null
);
