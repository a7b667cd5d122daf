-- An event's record lists its overdue projects with their investor, as the signing named it; projects registered
-- before this migration list theirs as null. The index finds an event's overdue
-- projects (and the repeats following an overdue earliest signing) without reading the event's other projects.
alter table project add column investor_name text;
create index project_overdue on project (event_code) where overdue;

-- The 3-digit industry groups each region scope has received a signing of, for the competition alerts that touch
-- it; a signing counts from its registration on, as the dashboard counted it.
create table scope_industry_group (
    scope          text   not null,
    industry_group text   not null,
    signings       bigint not null,
    primary key (scope, industry_group)
);

