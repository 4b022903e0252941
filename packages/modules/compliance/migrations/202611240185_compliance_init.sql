-- Compliance lexicons per workspace, the change counter the matcher cache keys on, and the checks
-- recorded for compliance metrics.

-- One row per workspace once it has been used: whether the built-in lexicons were installed (they are
-- installed once; deleting a built-in term later does not bring it back) and a counter bumped by every
-- lexicon or term change, so every process rebuilds its compiled matcher when it differs.
create table compliance_settings (
  workspace_id          text primary key,
  defaults_installed_at timestamptz,
  lexicon_version       bigint not null default 0
);

create table compliance_lexicons (
  id           text primary key,
  workspace_id text not null,
  name         text not null,
  category     text not null,
  -- set on built-in lexicons: the key of the default list they were installed from
  builtin_key  text,
  built_in     boolean not null default false,
  enabled      boolean not null default true,
  created_at   timestamptz not null,
  updated_at   timestamptz not null,
  unique (workspace_id, name),
  unique (workspace_id, builtin_key)
);

create table compliance_lexicon_terms (
  id           text primary key,
  workspace_id text not null,
  lexicon_id   text not null references compliance_lexicons (id) on delete cascade,
  term         text not null,
  severity     text not null check (severity in ('low', 'medium', 'high', 'critical')),
  suggestion   text,
  variants     boolean not null default true,
  created_at   timestamptz not null,
  updated_at   timestamptz not null,
  unique (lexicon_id, term)
);
create index compliance_lexicon_terms_ws_idx on compliance_lexicon_terms (workspace_id, lexicon_id, term);

-- One row per recorded check of a content item (every save may check again; metrics use the last check
-- of an item in each period).
create table compliance_checks (
  id            text primary key,
  workspace_id  text not null,
  content_id    text not null,
  decision      text not null check (decision in ('auto_pass', 'human_review', 'block')),
  risk_score    integer not null,
  finding_count integer not null,
  -- distinct categories found, and the highest severity (null when nothing was found)
  categories    text[] not null,
  max_severity  text,
  -- counts by category and by severity, e.g. {"superlative": 2}
  category_counts jsonb not null,
  severity_counts jsonb not null,
  checked_at    timestamptz not null
);
create index compliance_checks_ws_time_idx on compliance_checks (workspace_id, checked_at);
create index compliance_checks_content_idx on compliance_checks (workspace_id, content_id, checked_at desc);
