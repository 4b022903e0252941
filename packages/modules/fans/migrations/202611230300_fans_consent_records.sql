-- Consent records: every consent decision ever recorded for a fan, one row each (the profile's
-- `consent` column keeps only the current decision per purpose). `fan_id` is the profile the
-- decision was recorded on (canonical at the time); after merges, read by every id of the merged
-- group (the canonical id and the ids in fan_aliases pointing at it). Deleting the fan deletes them.
create table fan_consent_records (
  id           text primary key,
  workspace_id text not null,
  fan_id       text not null,
  purpose      text not null,
  granted      boolean not null,
  source       text not null,
  text_version text not null,
  -- when the person decided (the decision time sent by the caller)
  recorded_at  timestamptz not null,
  -- when the row was written
  created_at   timestamptz not null,
  -- who recorded it: a user or API token id, `cli`, `system`
  actor        text not null,
  foreign key (workspace_id, fan_id) references fans (workspace_id, id) on delete cascade
);
create index fan_consent_records_fan_idx on fan_consent_records (workspace_id, fan_id, recorded_at desc);
