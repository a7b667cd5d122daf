create table matchmaking_event (
    code        text        primary key,
    name        text        not null,
    host_region text        not null,
    city        text,
    start_date  date        not null,
    end_date    date        not null,
    created_at  timestamptz not null
);

create table signing (
    id                     uuid             primary key,
    event_code             text             not null references matchmaking_event (code),
    external_ref           text             not null,
    project_name           text             not null,
    investor_name          text             not null,
    investor_credit_code   text             not null,
    investor_origin_region text             not null,
    destination_region     text             not null,
    park                   text,
    industry_code          text             not null,
    investment_yuan        bigint           not null check (investment_yuan > 0),
    signed_on              date             not null,
    expected_jobs          integer,
    land_ha                double precision,
    energy_gwh_per_year    double precision,
    planned_commencement   date,
    status                 text             not null,
    registered_at          timestamptz      not null,
    withdrawal_reason      text,
    withdrawn_at           timestamptz,
    constraint signing_external_ref_unique unique (event_code, external_ref)
);

create index signing_by_event on signing (event_code, registered_at, id);
