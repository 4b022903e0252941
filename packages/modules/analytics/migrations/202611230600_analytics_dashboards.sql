-- Saved queries: a named query body of one kind (trend, funnel, retention, paths), validated by that
-- kind's schema when saved. Dashboards: tiles (saved queries) in a 24-column grid, with the date range
-- and filters every tile runs with. Share links: read-only public access to one dashboard; only the
-- sha256 of the token is stored (the token is shown once), a link ends at expires_at or when revoked.
create table analytics_saved_queries (
  id           text primary key,
  workspace_id text not null,
  name         text not null,
  kind         text not null check (kind in ('trend', 'funnel', 'retention', 'paths')),
  body         jsonb not null,
  created_by   text not null,
  created_at   timestamptz not null,
  updated_at   timestamptz not null
);
create index analytics_saved_queries_workspace_idx on analytics_saved_queries (workspace_id, updated_at desc);

create table analytics_dashboards (
  id           text primary key,
  workspace_id text not null,
  name         text not null,
  -- [{ queryId, x, y, w, h }]
  layout       jsonb not null default '[]'::jsonb,
  -- { range: { preset } | { from, to }, platform?, accountId?, brandId? }
  filters      jsonb not null,
  created_by   text not null,
  created_at   timestamptz not null,
  updated_at   timestamptz not null
);
create index analytics_dashboards_workspace_idx on analytics_dashboards (workspace_id, updated_at desc);

create table analytics_share_links (
  id           text primary key,
  workspace_id text not null,
  dashboard_id text not null references analytics_dashboards (id) on delete cascade,
  token_hash   text not null unique,
  token_prefix text not null,
  expires_at   timestamptz not null,
  created_by   text not null,
  created_at   timestamptz not null,
  revoked_at   timestamptz
);
create index analytics_share_links_dashboard_idx on analytics_share_links (workspace_id, dashboard_id, created_at desc);
