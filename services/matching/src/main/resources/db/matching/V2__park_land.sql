-- The park a signing names (null when none), for PARK_LAND_SHORT at its matching and re-matching.
alter table signing_facts add column park_code text;

-- Matching's own view of every park's land, from yanzhen.park-capacity (the highest version per park).
create table park_capacity_view (
    park_code          text             primary key,
    name               text             not null,
    region             text             not null,
    version            bigint           not null,
    available_land_mu  double precision not null,
    reserved_land_mu   double precision not null,
    remaining_land_mu  double precision not null,
    reservations       bigint           not null,
    updated_at         timestamptz      not null
);
