-- The actor behind each event, published as the ce_actor header.
alter table outbox add column actor text;
