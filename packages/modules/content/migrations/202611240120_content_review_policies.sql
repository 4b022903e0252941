-- Review policies (三级审核): per brand, or the workspace default (brand_id null). Level 1 is the automatic
-- compliance check; `levels` are the human levels after it, in order: [{ "role", "approvals", "slaHours" }].
create table review_policies (
  id                  text primary key,
  workspace_id        text not null,
  brand_id            text,
  levels              jsonb not null,
  auto_pass_below     int,            -- risk score under which an auto_pass report skips the human levels; null = never
  high_risk_at        int not null,   -- risk score from which every level needs `high_risk_approvals`
  high_risk_approvals int not null,
  updated_by          text,
  created_at          timestamptz not null,
  updated_at          timestamptz not null
);
create unique index review_policies_scope_key on review_policies (workspace_id, coalesce(brand_id, ''));
