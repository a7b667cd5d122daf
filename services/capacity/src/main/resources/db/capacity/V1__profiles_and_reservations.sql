-- What a region can carry, as its regional office says. version grows by one with every change.
create table capacity_profile (
    region_code                   text             primary key,
    version                       bigint           not null,
    gradient_tier                 integer          not null,
    land_available_ha             double precision not null,
    labour_available              bigint           not null,
    energy_available_gwh_per_year double precision not null,
    green_power_share             double precision not null,
    infrastructure_score          integer          not null,
    industrial_base               jsonb            not null,
    prioritised_industries        jsonb            not null,
    restricted_industries         jsonb            not null,
    overcommitted                 boolean          not null default false,
    updated_at                    timestamptz      not null
);

-- Capacity a matched signing holds in the region with the nearest profile (its destination or an ancestor).
create table reservation (
    signing_id          uuid             primary key,
    holder_region       text             not null references capacity_profile (region_code),
    destination_region  text             not null,
    event_code          text             not null,
    land_ha             double precision not null,
    labour              bigint           not null,
    energy_gwh_per_year double precision not null,
    match_event_id      text             not null,
    reserved_at         timestamptz      not null,
    released_at         timestamptz
);

create index reservation_active_by_holder on reservation (holder_region) where released_at is null;

-- Withdrawn signings: a match that arrives after the withdrawal reserves nothing.
create table withdrawn_signing (
    signing_id   uuid        primary key,
    withdrawn_at timestamptz not null
);
