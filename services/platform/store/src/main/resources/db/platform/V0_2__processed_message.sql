-- CloudEvents ids a consumer has applied, recorded in the same transaction as the effect, so a
-- redelivered record changes nothing.
create table processed_message (
    consumer     text        not null,
    event_id     text        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
