-- Parks, chains and land (docs/contract.md §4.5.7). A project keeps the park its signing names, the chain it is tagged
-- to and the land it took, in square metres so sums stay exact. Projects registered before stated none here: they
-- count in no park or chain scope and take no land, now and at their later moves, so nothing needs filling in.
alter table project add column park_code text;
alter table project add column chain_code text;
alter table project add column land_m2 bigint not null default 0;

-- Each scope's land: the open projects whose signing stated land (as the scopes beyond an event count a repeat, not
-- at all), their land and their signed investment.
create table scope_land (
    scope            text   primary key,
    projects         bigint not null,
    land_m2          bigint not null,
    investment_yuan  bigint not null
);

-- Each scope's outcomes per period, over the reporting projects that stated land: how many, their land, output and
-- tax, for the yield per 亩 (亩均).
alter table scope_outcome add column land_projects bigint not null default 0;
alter table scope_outcome add column land_m2 bigint not null default 0;
alter table scope_outcome add column land_output_value_yuan bigint not null default 0;
alter table scope_outcome add column land_tax_paid_yuan bigint not null default 0;
