-- A whole rebuild covers every settled event up to this seq: refreshes skip that workspace's older rows
-- (they are in the rebuilt rollup) and trends do not look for pending days below it.
alter table analytics_rollup_state add column rebuilt_seq bigint not null default 0;
