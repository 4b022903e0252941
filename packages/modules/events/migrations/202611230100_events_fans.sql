-- Reads by fan: the fan timeline (newest first), data-subject export and deletion.
create index events_fan_idx on events (workspace_id, fan_id, occurred_at desc) where fan_id is not null;
-- Anonymous events wait for their anonymous id to be identified: identify attaches them to the fan.
create index events_anonymous_idx on events (workspace_id, (properties->>'$anonymous_id')) where fan_id is null;
