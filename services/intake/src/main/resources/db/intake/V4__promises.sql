-- What a signing promises at full production (达产): design capacity and its unit, annual output value and tax
-- in yuan, and the date it expects to reach them. All optional: signings stored before carry none.
alter table signing
    add column promise_design_capacity      double precision,
    add column promise_capacity_unit        text,
    add column promise_annual_output_yuan   bigint,
    add column promise_annual_tax_yuan      bigint,
    add column promise_full_production_by   date;
