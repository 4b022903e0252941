-- Audit log: append-only, one SHA-256 hash chain per workspace (workspace_id null = the system chain).
-- hash = sha256(prev_hash || canonical JSON of the entry); the first entry of a chain links to 64 zeros.
-- chain_seq numbers the entries of one chain 1, 2, 3 … (part of the hash), so a fork cannot be stored.

create table audit_log (
  seq          bigserial primary key,
  id           text not null unique,
  workspace_id text,
  chain_seq    bigint not null,
  actor_type   text not null check (actor_type in ('user', 'token', 'anonymous', 'system')),
  actor_id     text,
  action       text not null,
  target_type  text,
  target_id    text,
  ip           text,
  user_agent   text,
  before       jsonb,
  after        jsonb,
  created_at   timestamptz not null,
  prev_hash    text not null,
  hash         text not null
);

create unique index audit_log_chain_position on audit_log (coalesce(workspace_id, ''), chain_seq);
create index audit_log_workspace_seq on audit_log (workspace_id, seq desc);
create index audit_log_workspace_actor on audit_log (workspace_id, actor_id, seq desc);
create index audit_log_workspace_action on audit_log (workspace_id, action, seq desc);
create index audit_log_workspace_target on audit_log (workspace_id, target_type, target_id, seq desc);
create index audit_log_workspace_created on audit_log (workspace_id, created_at);

-- Append-only in the database. A superuser can still drop these triggers; the hash chain is what
-- detects changes made that way (`resonance audit verify`).
create function audit_log_reject_change() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only: % is not allowed', tg_op using errcode = '42501';
end;
$$;

create trigger audit_log_append_only before update or delete on audit_log
  for each row execute function audit_log_reject_change();

create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function audit_log_reject_change();
