-- The W3C traceparent of the span that wrote the event (null with tracing off): the relay's send is its child,
-- so one signing's trace runs on from the request through the broker (docs/contract.md §7.11).
alter table outbox add column traceparent text;
