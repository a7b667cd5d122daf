-- Events waiting to be published. Written in the same transaction as the state change they
-- describe; the relay publishes them in id order and stamps sent_at.
create table outbox (
    id          bigint generated always as identity primary key,
    event_id    uuid        not null unique,
    topic       text        not null,
    message_key text        not null,
    event_type  text        not null,
    subject     text        not null,
    occurred_at timestamptz not null,
    payload     text        not null,
    sent_at     timestamptz
);

create index outbox_unsent on outbox (id) where sent_at is null;
create index outbox_sent_at on outbox (sent_at) where sent_at is not null;
