-- Parks as the registry (yanzhen.parks) last described them: the land they have to let, in 亩.
-- version counts the snapshots capacity published of the park (yanzhen.park-capacity).
create table park (
    park_code         text             primary key,
    name              text             not null,
    region            text             not null,
    available_land_mu double precision not null,
    registry_updated_at timestamptz    not null,
    version           bigint           not null,
    updated_at        timestamptz      not null
);

-- The park each registered signing names (yanzhen.signings), for its match's reservation to hold land there.
create table signing_park (
    signing_id uuid primary key,
    park_code  text not null
);

-- A match that is not MISMATCH is recorded even where no region profile answers for its destination
-- (holder_region null): the land it holds in its park (park_code) does not depend on a region's profile.
alter table reservation alter column holder_region drop not null;
alter table reservation add column park_code text;

create index reservation_active_by_park on reservation (park_code) where released_at is null and park_code is not null;
