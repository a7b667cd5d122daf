-- What a NO_CHANGE report says (docs/contract.md §4.6).
alter table progress_report add column note text;

-- Reporting rounds (调度): every open project of the scope owes a report dated inside [opens_on, due_on].
create table reporting_round (
    code      text        primary key,
    scope     text        not null,
    opens_on  date        not null,
    due_on    date        not null,
    opened_at timestamptz not null,
    closed_at timestamptz
);

create index reporting_round_open on reporting_round (due_on) where closed_at is null;

-- Who owed a report in a closed round and whether it came, frozen when the round closed: later reports,
-- withdrawals and cancellations leave a closed round as it was.
create table round_outcome (
    round_code         text    not null references reporting_round (code),
    signing_id         uuid    not null references project (signing_id),
    event_code         text    not null,
    destination_region text    not null,
    reported           boolean not null,
    primary key (round_code, signing_id)
);
