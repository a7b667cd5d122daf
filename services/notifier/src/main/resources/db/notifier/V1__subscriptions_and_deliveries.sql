-- Who gets which alerts: codes, a scope (a region and everything inside it, optionally one event and an
-- industry code prefix), a channel and its target, at once (digest_at null) or daily at digest_at (Asia/Shanghai).
create table subscription (
    id            uuid        primary key,
    region_code   text,
    event_code    text,
    industry_code text,
    alert_codes   text[]      not null,
    channel       text        not null,
    target        text        not null,
    secret        text,
    language      text        not null,
    digest_at     time,
    created_by    text        not null,
    created_at    timestamptz not null
);
create index subscription_region on subscription (region_code);

-- What the notifier knows of each project from yanzhen.signings, to place an alert about it.
create table project (
    signing_id         uuid primary key,
    project_name       text not null,
    destination_region text not null,
    event_code         text not null,
    industry_code      text not null
);

-- Every alert consumed; routed once the project it is about is known (its signing may come later).
create table alert (
    alert_id    text        primary key,
    code        text        not null,
    severity    text        not null,
    subject     text        not null,
    detail      text        not null,
    raised_at   timestamptz not null,
    routed      boolean     not null
);
create index alert_unrouted on alert (subject) where not routed;

-- One message owed to one subscription for one alert: never two (the unique key), sent by the sender
-- when due, tried again later while its channel is down.
create table delivery (
    id              bigserial   primary key,
    alert_id        text        not null references alert (alert_id),
    subscription_id uuid        not null references subscription (id) on delete cascade,
    status          text        not null,
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    last_error      text,
    sent_at         timestamptz,
    unique (alert_id, subscription_id)
);
create index delivery_due on delivery (next_attempt_at) where status = 'PENDING';

-- Each try of a delivery: when, whether it went through, and why not.
create table delivery_attempt (
    id           bigserial   primary key,
    delivery_id  bigint      not null references delivery (id) on delete cascade,
    attempted_at timestamptz not null,
    succeeded    boolean     not null,
    error        text
);
create index delivery_attempt_of on delivery_attempt (delivery_id);
