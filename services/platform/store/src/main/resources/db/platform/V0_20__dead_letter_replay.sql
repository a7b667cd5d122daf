-- Dead letters this service replayed to their topic (docs/contract.md §6.5): a dead letter is replayed once.
-- (V0_20, not the next number: other platform migrations were under way when it was written; out-of-order
-- migrations are allowed, so the gap changes nothing.)
create table dead_letter_replay (
    dlq           text        not null,
    dlq_partition integer     not null,
    dlq_offset    bigint      not null,
    event_id      text        not null,
    replayed_at   timestamptz not null default now(),
    primary key (dlq, dlq_partition, dlq_offset)
);
