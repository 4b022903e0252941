-- Tracked short links of content items: GET /l/{code} redirects to `url` (the target with its UTM parameters)
-- and each click becomes a `link_click` event (through the recordLinkClick port).
create table content_links (
  id          text primary key,
  workspace_id text not null,
  content_id  text not null references content_items (id) on delete cascade,
  variant_id  text,
  account_id  text,
  code        text not null unique,            -- random, 72 bits: not guessable
  target_url  text not null,                   -- what the author gave
  utm         jsonb not null default '{}',
  url         text not null,                   -- target_url with the UTM parameters
  clicks      int not null default 0,
  created_by  text,
  created_at  timestamptz not null
);
create index content_links_item_idx on content_links (workspace_id, content_id, created_at);
-- the same link asked for twice (a retried create) is the same short link
create unique index content_links_natural_key on content_links (workspace_id, content_id, coalesce(account_id, ''), url);
