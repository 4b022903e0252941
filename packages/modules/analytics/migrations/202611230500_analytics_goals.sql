-- Goals (OKR): a target on one catalog metric between two local dates (workspace time zone).
-- Exactly one of target_value / target_change_percent is set; a percent target means
-- baseline × (1 + percent / 100). baseline_source: 'given' (entered) or 'previous_period' (the metric over
-- the equally long period just before start_date, computed when the goal was saved). Archived goals are
-- kept (archived_at set) and hidden by default.
create table analytics_goals (
  id                    text primary key,
  workspace_id          text not null,
  name                  text not null,
  metric_id             text not null,
  account_id            text,
  baseline_value        double precision not null,
  baseline_source       text not null check (baseline_source in ('given', 'previous_period')),
  target_value          double precision,
  target_change_percent double precision,
  start_date            date not null,
  end_date              date not null,
  stage                 text,
  created_by            text not null,
  created_at            timestamptz not null,
  updated_at            timestamptz not null,
  archived_at           timestamptz,
  check ((target_value is null) <> (target_change_percent is null)),
  check (end_date >= start_date)
);
create index analytics_goals_workspace_idx on analytics_goals (workspace_id, end_date desc, created_at desc);
