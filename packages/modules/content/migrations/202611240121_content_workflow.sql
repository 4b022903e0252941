-- Review workflow state on the item (H4 owns these columns and `status`), the reviews per level and the
-- SLA alerts already sent.
alter table content_items add column review_round int not null default 0;        -- +1 on every submit
alter table content_items add column review_level int;                            -- human level waiting (2, 3, 4), null otherwise
alter table content_items add column review_since timestamptz;                    -- when that level started waiting
alter table content_items add column review_policy jsonb;                         -- the policy resolved at submit (snapshot)
alter table content_items add column rejection jsonb;                             -- last rejection: { reasons, by, at, automatic }
alter table content_items add column status_changed_at timestamptz;

create table content_reviews (
  id           text primary key,
  workspace_id text not null,
  content_id   text not null references content_items (id) on delete cascade,
  round        int not null,
  level        int not null,
  reviewer_id  text not null,
  decision     text not null check (decision in ('approved', 'rejected')),
  reason       text,
  created_at   timestamptz not null,
  unique (content_id, round, level, reviewer_id)
);
create index content_reviews_item_idx on content_reviews (workspace_id, content_id, created_at);

-- One SLA alert per (item, round, level): the 5-minute job inserts here first, so it never notifies twice.
create table content_review_sla_alerts (
  workspace_id text not null,
  content_id   text not null references content_items (id) on delete cascade,
  round        int not null,
  level        int not null,
  created_at   timestamptz not null,
  primary key (content_id, round, level)
);
create index content_items_in_review_idx on content_items (review_since) where status = 'in_review';
