-- The organisation that registered an event owns it: only its organisers (or an admin) change its
-- signings. Events registered before access control have no owner; only admins write to them.
alter table matchmaking_event add column organiser text;
