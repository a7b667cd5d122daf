-- A signing's industrial chain (docs/contract.md §4.1.4): named by the organiser or suggested from its industry when
-- it is registered; null for signings stored before, and for those no single chain of their province spans.
alter table signing add column chain_code text references industrial_chain (code);
