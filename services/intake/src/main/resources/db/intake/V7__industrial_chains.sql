-- A province's industrial chains (产业链, docs/contract.md §4.1.4): the GB/T 4754 codes each spans and its lead firms.
-- V6 is the parks' (issue 29, built beside it). Lists are jsonb, as the parks' industries are: Hibernate maps every List<String>
-- of the service one way.
create table industrial_chain (
    code        text        primary key,
    province    text        not null,
    name        text        not null,
    industries  jsonb       not null,
    lead_firms  jsonb       not null,
    changed_by  text        not null,
    changed_at  timestamptz not null
);

create index industrial_chain_province on industrial_chain (province, code);

-- A lead may name the chain it belongs to; the pipeline's figures count per chain (§4.1.3).
alter table lead add column chain_code text references industrial_chain (code);
