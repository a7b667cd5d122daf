-- The pipeline (招商项目库, docs/contract.md §4.1.3): the projects a regional office works on before any event, from
-- first contact to the signing they become or the day they are dropped. The office names each lead; the id is unique
-- across intake. A lead converts into one signing and a signing is one lead's at most: both sides keep the link.
create table lead (
    lead_id                  text        primary key,
    firm_name                text        not null,
    firm_credit_code         text,
    firm_origin_region       text        not null,
    project_name             text        not null,
    destination_region       text        not null,
    industry_code            text        not null,
    expected_investment_yuan bigint      not null,
    officer                  text        not null,
    stage                    text        not null,
    stage_on                 date        not null,
    first_contact_on         date        not null,
    signing_id               uuid        unique references signing (id),
    event_code               text,
    signed_on                date,
    dropped_because          text,
    recorded_by              text        not null,
    recorded_at              timestamptz not null
);

-- Lists and figures read a region's leads (and the regions inside it).
create index lead_region on lead (destination_region, lead_id);

-- Every contact with the firm, oldest first; the first is the one the lead was recorded with.
create table lead_contact (
    lead_id     text        not null references lead (lead_id),
    seq         integer     not null,
    on_date     date        not null,
    note        text,
    contacted_by text       not null,
    recorded_at timestamptz not null,
    primary key (lead_id, seq)
);

-- Every stage the lead reached, in order: the day it took effect, the note, who recorded it and when.
create table lead_stage_change (
    lead_id    text        not null references lead (lead_id),
    seq        integer     not null,
    stage      text        not null,
    on_date    date        not null,
    note       text,
    changed_by text        not null,
    changed_at timestamptz not null,
    primary key (lead_id, seq)
);

alter table signing add column lead_id text unique references lead (lead_id);
