-- Analytics settings per workspace (interaction-value weights; null = the catalog defaults).
create table analytics_settings (
  workspace_id text primary key,
  iv_weights   jsonb,
  updated_at   timestamptz not null
);
