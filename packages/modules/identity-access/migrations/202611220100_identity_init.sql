-- Identity & access: users, workspaces, memberships, sessions, invites, API tokens, failed logins.
-- All times are timestamptz (UTC), written by the application clock.

create table users (
  id            text primary key,
  email         text not null,
  name          text not null,
  password_hash text not null,
  locale        text not null default 'zh-CN' check (locale in ('zh-CN', 'en')),
  created_at    timestamptz not null,
  disabled_at   timestamptz
);
create unique index users_email_lower_key on users (lower(email));

create table workspaces (
  id          text primary key,
  name        text not null,
  time_zone   text not null default 'Asia/Shanghai',
  created_by  text not null references users (id),
  created_at  timestamptz not null,
  deleted_at  timestamptz
);

create table memberships (
  workspace_id text not null references workspaces (id),
  user_id      text not null references users (id),
  role         text not null check (role in ('owner', 'admin', 'editor', 'reviewer', 'analyst', 'agent')),
  created_at   timestamptz not null,
  primary key (workspace_id, user_id)
);
create index memberships_user_idx on memberships (user_id);

-- token_hash: sha256 hex of the cookie token (the token itself is never stored).
create table sessions (
  id           text primary key,
  user_id      text not null references users (id),
  token_hash   text not null unique,
  csrf_token   text not null,
  ip           text not null default '',
  user_agent   text not null default '',
  created_at   timestamptz not null,
  last_seen_at timestamptz not null,
  expires_at   timestamptz not null,
  revoked_at   timestamptz
);
create index sessions_user_idx on sessions (user_id);

create table invites (
  id           text primary key,
  workspace_id text not null references workspaces (id),
  email        text,
  role         text not null check (role in ('owner', 'admin', 'editor', 'reviewer', 'analyst', 'agent')),
  code_hash    text not null unique,
  created_by   text not null,
  created_at   timestamptz not null,
  expires_at   timestamptz not null,
  accepted_at  timestamptz,
  accepted_by  text references users (id),
  revoked_at   timestamptz
);
create index invites_workspace_idx on invites (workspace_id, created_at);

create table api_tokens (
  id           text primary key,
  workspace_id text not null references workspaces (id),
  name         text not null,
  role         text not null check (role in ('owner', 'admin', 'editor', 'reviewer', 'analyst', 'agent')),
  token_hash   text not null unique,
  token_prefix text not null,
  created_by   text not null,
  created_at   timestamptz not null,
  last_used_at timestamptz,
  expires_at   timestamptz,
  revoked_at   timestamptz
);
create index api_tokens_workspace_idx on api_tokens (workspace_id, created_at);

-- Failed sign-ins, per e-mail and per client IP, for rate limiting and lockout.
-- A successful sign-in deletes the e-mail's rows; a daily job prunes old rows.
create table login_attempts (
  id           bigint generated always as identity primary key,
  scope        text not null check (scope in ('email', 'ip')),
  key          text not null,
  attempted_at timestamptz not null
);
create index login_attempts_key_idx on login_attempts (scope, key, attempted_at);
