-- Outcomes after production (docs/contract.md §4.4.2, §4.5.3).

-- The jobs a project's signing promised. Projects registered before this migration did not keep it: null, so their
-- outcomes count without a promise and never raise JOBS_SHORTFALL.
alter table project add column expected_jobs integer;

-- An OUTCOME report's period ('2025' or '2025-Q3') and figures; null for the other types.
alter table progress_report add column period text;
alter table progress_report add column jobs bigint;
alter table progress_report add column output_value_yuan bigint;
alter table progress_report add column tax_paid_yuan bigint;

-- The outcome that stands for each project and period: its latest report's figures (a correction replaces them; every
-- report stays in progress_report), and the jobs promised when the period was first reported, so that a correction
-- takes back exactly what the first report added to the scopes.
create table project_outcome (
    signing_id        uuid   not null references project (signing_id),
    period            text   not null,
    report_id         text   not null references progress_report (report_id),
    jobs              bigint not null,
    output_value_yuan bigint not null,
    tax_paid_yuan     bigint not null,
    expected_jobs     integer,
    primary key (signing_id, period)
);

-- Each scope's outcomes per period, changed by adding each accepted report's difference: reading them never scans
-- the projects. Over the projects whose signing promised jobs: how many, the promise, and the jobs they reported.
create table scope_outcome (
    scope                       text   not null,
    period                      text   not null,
    projects                    bigint not null,
    jobs                        bigint not null,
    output_value_yuan           bigint not null,
    tax_paid_yuan               bigint not null,
    projects_with_expected_jobs bigint not null,
    expected_jobs               bigint not null,
    jobs_against_expected       bigint not null,
    primary key (scope, period)
);
