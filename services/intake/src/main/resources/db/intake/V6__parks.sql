-- Industrial parks (园区), kept by the provinces (docs/contract.md §4.1.5). Land in 亩 (mu); partner is the region
-- that builds the park together with the park's own (共建), null when none; the region does not change.
create table park (
    code                text             primary key,
    name                text             not null,
    region              text             not null,
    level               text             not null,
    planned_land_mu     double precision not null check (planned_land_mu >= 0),
    available_land_mu   double precision not null check (available_land_mu >= 0 and available_land_mu <= planned_land_mu),
    partner             text,
    priority_industries jsonb            not null,
    registered_at       timestamptz      not null,
    updated_at          timestamptz      not null
);

create index park_by_region on park (region, code);

-- A signing names its park by code; signings stored before carry only the free-text park, and get the code when
-- a park of that name is registered in a region containing their destination.
alter table signing add column park_code text references park (code);

create index signing_by_park_name on signing (park) where park_code is null;
