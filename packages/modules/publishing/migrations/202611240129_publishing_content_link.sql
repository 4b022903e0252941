-- Which content item and variant a publication came from (null for publications imported or seeded
-- without one). The review workflow's takedown finds an item's posts through these.
alter table publications add column content_id text;
alter table publications add column variant_id text;
create index publications_content_idx on publications (workspace_id, content_id) where content_id is not null;
