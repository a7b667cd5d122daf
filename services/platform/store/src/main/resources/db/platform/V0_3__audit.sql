-- Who changed what, and when: one row per accepted write, in the same transaction as the change.
create table audit_entry (
    id          bigint generated always as identity primary key,
    recorded_at timestamptz not null,
    subject     text        not null,
    roles       text        not null,
    region      text,
    org         text,
    action      text        not null,
    entity      text        not null,
    request     jsonb,
    before      jsonb,
    after       jsonb
);

create index audit_entry_by_subject on audit_entry (subject, id);
create index audit_entry_by_entity on audit_entry (entity, id);
