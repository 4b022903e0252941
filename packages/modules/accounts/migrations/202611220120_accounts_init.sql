-- Accounts: brands of a workspace and the platform accounts connected to them.
-- Credentials are stored only as SecretBox envelopes (AES-256-GCM, bound to the workspace).

create table brands (
  id           text primary key,
  workspace_id text not null,
  name         text not null,
  description  text,
  created_at   timestamptz not null,
  archived_at  timestamptz,
  unique (workspace_id, id)
);
create unique index brands_active_name_key on brands (workspace_id, lower(name)) where archived_at is null;

create table accounts (
  id                  text primary key,
  workspace_id        text not null,
  brand_id            text not null,
  platform            text not null,
  name                text not null,
  handle              text,
  remote_account_id   text,
  status              text not null check (status in ('connected', 'credentials_saved', 'expired', 'disconnected')),
  simulates           text,
  followers_at_connect int,
  credentials_enc     text,
  credentials_key_id  text,
  -- names of the stored credential fields (never their values), so lists need no decryption
  credential_fields   jsonb not null default '[]',
  connected_at        timestamptz,
  created_at          timestamptz not null,
  disconnected_at     timestamptz,
  -- an account's brand is always in the account's workspace
  foreign key (workspace_id, brand_id) references brands (workspace_id, id)
);
create unique index accounts_remote_account_key on accounts (workspace_id, platform, remote_account_id) where remote_account_id is not null;
create index accounts_workspace_created on accounts (workspace_id, created_at);
create index accounts_credentials_key on accounts (credentials_key_id) where credentials_enc is not null;
