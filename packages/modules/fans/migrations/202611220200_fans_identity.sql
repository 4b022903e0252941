-- Identity resolution (R2): merges, canonical mapping, per-trait update times, consent, rules.

-- merged_into: set when this profile was merged into another (its identities moved there);
-- trait_times: {trait: ISO time of the value in `traits`}; consent: {purpose: {granted, at, source, textVersion}}.
alter table fans add column merged_into text;
alter table fans add column trait_times jsonb;
alter table fans add column consent jsonb;
create index fans_merged_into_idx on fans (workspace_id, merged_into) where merged_into is not null;

-- Per-workspace identity rules (priority, identifying kinds, limits); null = the defaults.
alter table fans_settings add column identity_rules jsonb;

-- Every merge, ordinary or admin, with what it moved and what the profiles held before; undo restores it.
create table fan_merges (
  id                text primary key,
  workspace_id      text not null,
  survivor_id       text not null,
  merged_id         text not null,
  reason            text not null check (reason in ('identify', 'alias', 'shared_identifier', 'admin')),
  moved_identities  jsonb not null,
  merged_snapshot   jsonb not null,
  survivor_snapshot jsonb not null,
  actor             text not null,
  created_at        timestamptz not null,
  undone_at         timestamptz,
  undone_by         text,
  foreign key (workspace_id, survivor_id) references fans (workspace_id, id) on delete cascade,
  foreign key (workspace_id, merged_id) references fans (workspace_id, id) on delete cascade
);
create index fan_merges_survivor_idx on fan_merges (workspace_id, survivor_id, created_at desc);
create index fan_merges_merged_idx on fan_merges (workspace_id, merged_id, created_at desc);

-- One row per merged profile: the profile its events now belong to. Analytics join events with
-- `left join fan_aliases a on a.workspace_id = e.workspace_id and a.fan_id = e.fan_id`
-- and use `coalesce(a.canonical_id, e.fan_id)`. Not-merged fans have no row.
create table fan_aliases (
  workspace_id text not null,
  fan_id       text not null,
  canonical_id text not null,
  primary key (workspace_id, fan_id)
);
create index fan_aliases_canonical_idx on fan_aliases (workspace_id, canonical_id);
