-- 达产: the day a project reached its design capacity (reported, and as verified), and what its signing promised at
-- full production. Projects registered before carry no promise.
alter table project
    add column reached_capacity_on          date,
    add column capacity_rejected            boolean not null default false,
    add column verified_reached_capacity_on date,
    add column promise_design_capacity      double precision,
    add column promise_capacity_unit        text,
    add column promise_annual_output_yuan   bigint,
    add column promise_annual_tax_yuan      bigint,
    add column promise_full_production_by   date;

-- Each scope's output and tax against the promises per period, changed by adding each accepted OUTCOME report's
-- difference: over the projects whose promise the period is held to, how many, what they promised and reported.
create table scope_promise (
    scope                   text   not null,
    period                  text   not null,
    projects_with_promise   bigint not null,
    promised_output_yuan    bigint not null,
    output_against_promised bigint not null,
    promised_tax_yuan       bigint not null,
    tax_against_promised    bigint not null,
    primary key (scope, period)
);
