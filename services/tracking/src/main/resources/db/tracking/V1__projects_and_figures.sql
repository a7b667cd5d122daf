-- One project per registered signing, followed until its investment is complete.
create table project (
    signing_id           uuid        primary key,
    event_code           text        not null,
    destination_region   text        not null,
    industry_code        text        not null,
    investment_yuan      bigint      not null,
    signed_on            date        not null,
    planned_commencement date,
    status               text        not null,
    commenced_on         date,
    in_production_on     date,
    cumulative_yuan      bigint      not null default 0,
    last_growth_on       date,
    overdue              boolean     not null default false,
    verdict              text,
    registered_at        timestamptz not null
);

create index project_by_event on project (event_code);
create index project_by_destination on project (destination_region);
create index project_not_commenced on project (signed_on) where commenced_on is null;

-- A verdict that arrived before its signing: attached when the signing arrives.
create table early_verdict (
    signing_id uuid        primary key,
    verdict    text        not null,
    matched_at timestamptz not null
);

create table progress_report (
    report_id       text        primary key,
    signing_id      uuid        not null references project (signing_id),
    type            text        not null,
    on_date         date,
    cumulative_yuan bigint,
    as_of           date,
    correction      boolean     not null,
    reason          text,
    reported_at     timestamptz not null
);

create index progress_report_by_project on progress_report (signing_id, reported_at);

-- Alerts raised per project, each at most once.
create table project_alert (
    signing_id uuid        not null references project (signing_id),
    code       text        not null,
    raised_at  timestamptz not null,
    detail     text        not null,
    primary key (signing_id, code)
);

-- The figures of every scope (all, event:CODE, region:CODE, industry:DD), kept up to date by adding
-- each change's difference: reading them never scans the projects.
create table scope_figures (
    scope               text   primary key,
    signed_count        bigint not null default 0,
    signed_yuan         bigint not null default 0,
    withdrawn_count     bigint not null default 0,
    withdrawn_yuan      bigint not null default 0,
    commenced_count     bigint not null default 0,
    commenced_yuan      bigint not null default 0,
    in_production_count bigint not null default 0,
    in_production_yuan  bigint not null default 0,
    cancelled_count     bigint not null default 0,
    cancelled_yuan      bigint not null default 0,
    completed_yuan      bigint not null default 0,
    overdue             bigint not null default 0,
    recommended         bigint not null default 0,
    acceptable          bigint not null default 0,
    risky               bigint not null default 0,
    mismatch            bigint not null default 0
);
