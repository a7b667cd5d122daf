-- The obstacle ledger (企业困难问题台账, docs/contract.md §4.7). V34 is left to the outcomes of issue 14, built beside it.

-- Each obstacle as it stands, with the day of its latest change; its id is the office's own, unique across tracking
-- as a report's is.
create table obstacle (
    obstacle_id  text        primary key,
    signing_id   uuid        not null references project (signing_id),
    category     text        not null,
    description  text        not null,
    department   text        not null,
    status       text        not null,
    opened_on    date        not null,
    changed_on   date        not null,
    closed_on    date,
    resolution   text,
    recorded_at  timestamptz not null
);

create index obstacle_project on obstacle (signing_id, opened_on, obstacle_id);
-- The unresolved-obstacle watch reads only the obstacles still open, oldest first.
create index obstacle_unresolved on obstacle (opened_on, obstacle_id) where status in ('OPEN', 'IN_PROGRESS');

-- Every status an obstacle reached, in order: the day it took effect, the note, who recorded it and when.
create table obstacle_change (
    obstacle_id text        not null references obstacle (obstacle_id),
    seq         integer     not null,
    status      text        not null,
    on_date     date        not null,
    note        text,
    changed_by  text        not null,
    changed_at  timestamptz not null,
    primary key (obstacle_id, seq)
);

-- Each scope's obstacle histograms: how many obstacles of a category have each value of each measure (the epoch day
-- an unresolved one is open since; the days a closed one took to be resolved or withdrawn), changed by +1/-1 as
-- obstacles move; rows at 0 are deleted.
create table scope_obstacle (
    scope     text   not null,
    measure   text   not null,
    category  text   not null,
    value     bigint not null,
    obstacles bigint not null,
    primary key (scope, measure, category, value)
);
