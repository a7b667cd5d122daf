-- Key projects (重大项目) and their plans (一项一策, docs/contract.md §4.9).

-- A project an office has marked as key, with the landing officer (落地专员) who follows it. Its event and
-- destination are copied from the project when it is marked, so that the key projects are listed by region without
-- reading another slice's tables.
create table key_plan (
    signing_id          uuid        primary key references project (signing_id),
    event_code          text        not null,
    destination_region  text        not null,
    officer             text        not null,
    changed_by          text        not null,
    changed_at          timestamptz not null,
    recorded_at         timestamptz not null
);

create index key_plan_region on key_plan (destination_region);

-- Each approval of a plan, one per kind: its due date and where it stands; late_since is the day after due_on, set
-- once the approval watch found it not GRANTED by then (and raised APPROVAL_OVERDUE).
create table key_approval (
    signing_id    uuid not null references key_plan (signing_id),
    kind          text not null,
    name          text,
    due_on        date not null,
    status        text not null,
    submitted_on  date,
    granted_on    date,
    note          text,
    late_since    date,
    primary key (signing_id, kind)
);

-- The approval watch reads only the approvals not granted and not yet found late, earliest due first.
create index key_approval_due on key_approval (due_on) where status <> 'GRANTED' and late_since is null;

-- Each scope's key-project counts: projects with a plan, and approvals GRANTED, OPEN and LATE, changed by +1/-1 as
-- plans change; rows at 0 are deleted.
create table scope_key_project (
    scope    text   not null,
    measure  text   not null,
    entries  bigint not null,
    primary key (scope, measure)
);
