-- Fans list search (R2). No pg_trgm (PGlite lacks it): a substring search scans the workspace's
-- fans, so it reads one small precomputed column instead of parsing `traits` per row.

-- Lower-cased display name and every scalar trait value (strings, numbers; lists and nested
-- objects included), e.g. `阿橙 ["zh", "food", "上海"]`. Kept current by PostgreSQL itself.
alter table fans add column search_text text generated always as (
  lower(display_name || ' ' || coalesce(jsonb_path_query_array(traits, 'strict $.** ? (@.type() == "string" || @.type() == "number")')::text, ''))
) stored;

-- A full identity value typed into the search box (user id, unionid, external id; e-mail and
-- phone as their lookup hash) without knowing its kind or namespace.
create index fan_identities_value_idx on fan_identities (workspace_id, value);
