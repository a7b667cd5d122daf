-- A project signed again at a later event (重复签约) is tracked under both signings: the later one
-- points at the earliest, whose milestones it follows; beyond its event it counts only as a repeat.
alter table project add column repeat_of uuid;
create index project_repeats on project (repeat_of) where repeat_of is not null;

alter table scope_figures
    add column repeats_count bigint not null default 0,
    add column repeats_yuan  bigint not null default 0;
