-- An event's record lists its overdue projects with their investor, as the signing named it; projects registered
-- before this migration list theirs as null. The index finds an event's overdue
-- projects (and the repeats following an overdue earliest signing) without reading the event's other projects.
alter table project add column investor_name text;
create index project_overdue on project (event_code) where overdue;
