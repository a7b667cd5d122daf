-- An event the broker refuses for good (too large, not serialisable) is parked with the reason instead of
-- blocking every event after it; the relay announces it once on yanzhen.alerts (OUTBOX_EVENT_PARKED).
alter table outbox add column parked_at timestamptz;
alter table outbox add column parked_reason text;

drop index outbox_unsent;
create index outbox_unsent on outbox (id) where sent_at is null and parked_at is null;
