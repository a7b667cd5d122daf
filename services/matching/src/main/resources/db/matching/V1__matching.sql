-- Matching's own view of every region's capacity, from yanzhen.region-capacity (latest per region).
create table capacity_view (
    region_code text        primary key,
    snapshot    text        not null,
    updated_at  timestamptz not null
);

-- What matching knows of each signing, for re-matching and for homogeneous competition.
create table signing_facts (
    signing_id          uuid             primary key,
    event_code          text             not null,
    origin_region       text             not null,
    destination_region  text             not null,
    destination_zone    text             not null,
    industry_code       text             not null,
    industry_group      text,
    signed_on           date             not null,
    land_ha             double precision not null,
    energy_gwh_per_year double precision not null,
    jobs                bigint           not null,
    withdrawn           boolean          not null default false
);

create index signing_facts_competition on signing_facts (industry_group, destination_zone, signed_on)
    where not withdrawn;

-- Every evaluation ever published (event_id = its ce_id); the newest per signing is current.
create table match_result (
    event_id           uuid        primary key,
    signing_id         uuid        not null references signing_facts (signing_id),
    current            boolean     not null,
    event_code         text        not null,
    destination_region text        not null,
    verdict            text        not null,
    score              integer     not null,
    result             text        not null,
    matched_at         timestamptz not null
);

create unique index match_result_current on match_result (signing_id) where current;
create index match_result_listing on match_result (event_code, verdict) where current;

-- Zone and 3-digit group pairs whose HOMOGENEOUS_COMPETITION alert was raised (once each).
create table competition_alert (
    zone           text        not null,
    industry_group text        not null,
    raised_at      timestamptz not null,
    primary key (zone, industry_group)
);
