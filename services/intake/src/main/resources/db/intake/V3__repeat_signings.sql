-- A signing may repeat an earlier signing of the same project (重复签约): the link points at the
-- project's earliest signing, found by intake's rule (SUSPECTED) or set by the organiser (CONFIRMED).
alter table signing
    add column repeat_of         uuid references signing (id),
    add column repeat_matched_on text,
    add column repeat_status     text;

create index signing_by_investor on signing (investor_credit_code, signed_on);
create index signing_repeats on signing (repeat_of) where repeat_of is not null;
