-- Cycle times and energy figures (docs/contract.md §4.5.1, §4.5.2).

-- A project's signed annual electricity demand and its investor's origin region. Projects registered before this
-- migration did not keep them: their demand is 0 and their origin unknown, so they add nothing to the energy figures.
alter table project add column energy_mwh bigint not null default 0;
alter table project add column origin_region text;

-- Each scope's cycle-time histograms: how many projects have each value of each measure (days for a step taken, the
-- epoch day an open project waits since for a step not taken), changed by +1/-1 as projects move; rows at 0 are
-- deleted, so the oldest wait is the first row of its measure.
create table scope_cycle (
    scope    text   not null,
    measure  text   not null,
    value    bigint not null,
    projects bigint not null,
    primary key (scope, measure, value)
);

-- Each scope's electricity demand of commenced projects, in MWh per destination and origin region.
create table scope_energy (
    scope              text   not null,
    destination_region text   not null,
    origin_region      text   not null,
    mwh                bigint not null,
    primary key (scope, destination_region, origin_region)
);

create index scope_energy_destination on scope_energy (destination_region);

-- The green power share of each region with a capacity profile, from yanzhen.region-capacity.
create table region_green_power (
    region_code       text             primary key,
    green_power_share double precision not null,
    updated_at        timestamptz      not null
);

-- The histograms of the projects already here, as FigureChanges would have built them: a repeat counts in its event
-- with its earliest signing's dates while neither is withdrawn, and beyond its event not at all. A destination's
-- region scopes are itself, its prefecture and its province (GB/T 2260 codes nest by their digits).
with counted as (
    select p.signing_id, p.event_code, p.destination_region, p.industry_code, p.repeat_of is not null as repeat,
           coalesce(f.status, p.status) as status,
           coalesce(f.signed_on, p.signed_on) as signed_on,
           case when f.signing_id is null then p.commenced_on else f.commenced_on end as commenced_on,
           case when f.signing_id is null then p.in_production_on else f.in_production_on end as in_production_on
    from project p
    left join project f on p.repeat_of = f.signing_id and f.status <> 'WITHDRAWN'
    where p.status <> 'WITHDRAWN'
),
marks as (
    select c.*, 'SIGNING_TO_COMMENCEMENT' as measure, (commenced_on - signed_on)::bigint as value
    from counted c where commenced_on is not null
    union all
    select c.*, 'COMMENCEMENT_TO_PRODUCTION', (in_production_on - commenced_on)::bigint
    from counted c where commenced_on is not null and in_production_on is not null
    union all
    select c.*, 'AWAITING_COMMENCEMENT', (signed_on - date '1970-01-01')::bigint
    from counted c where commenced_on is null and status <> 'CANCELLED'
    union all
    select c.*, 'AWAITING_PRODUCTION', (commenced_on - date '1970-01-01')::bigint
    from counted c where commenced_on is not null and in_production_on is null and status <> 'CANCELLED'
),
scoped as (
    select signing_id, 'event:' || event_code as scope, measure, value from marks
    union
    select signing_id, s.scope, measure, value
    from marks cross join lateral (values ('all'), ('industry:' || substr(industry_code, 1, 2)),
        ('region:' || destination_region), ('region:' || substr(destination_region, 1, 4) || '00'),
        ('region:' || substr(destination_region, 1, 2) || '0000')) as s(scope)
    where not repeat
)
insert into scope_cycle (scope, measure, value, projects)
select scope, measure, value, count(*) from scoped group by scope, measure, value;
