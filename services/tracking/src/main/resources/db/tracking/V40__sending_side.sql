-- The sending side (docs/contract.md §4.5.5): the scopes origin:CODE, flow:FROM:TO and zone-flow:FROM:TO, filled for
-- the projects already here as FigureChanges would have filled them, so that an old project's next move takes away
-- exactly what it put there. They count a project as `all` does: a repeat only in `repeats`, every other project by its
-- own state. Projects registered before V33 kept no origin and count in none of them. The figures of every other scope
-- are left as they are. Origins nest by their digits as in V33 (a county counts in its prefecture and province); the
-- zones are those of contracts/…/reference/regions.csv.

create temporary table province_zone (province text primary key, zone text not null);
insert into province_zone values
    ('11', 'EAST'), ('12', 'EAST'), ('13', 'EAST'), ('14', 'CENTRAL'), ('15', 'WEST'), ('21', 'NORTHEAST'),
    ('22', 'NORTHEAST'), ('23', 'NORTHEAST'), ('31', 'EAST'), ('32', 'EAST'), ('33', 'EAST'), ('34', 'CENTRAL'),
    ('35', 'EAST'), ('36', 'CENTRAL'), ('37', 'EAST'), ('41', 'CENTRAL'), ('42', 'CENTRAL'), ('43', 'CENTRAL'),
    ('44', 'EAST'), ('45', 'WEST'), ('46', 'EAST'), ('50', 'WEST'), ('51', 'WEST'), ('52', 'WEST'), ('53', 'WEST'),
    ('54', 'WEST'), ('61', 'WEST'), ('62', 'WEST'), ('63', 'WEST'), ('64', 'WEST'), ('65', 'WEST');

create temporary table sending_scope (signing_id uuid not null, scope text not null);
insert into sending_scope (signing_id, scope)
select p.signing_id, 'origin:' || substr(p.origin_region, 1, 2) || '0000'
from project p join province_zone o on o.province = substr(p.origin_region, 1, 2)
union
select p.signing_id, 'origin:' || substr(p.origin_region, 1, 4) || '00'
from project p join province_zone o on o.province = substr(p.origin_region, 1, 2)
union
select p.signing_id, s.scope
from project p
join province_zone o on o.province = substr(p.origin_region, 1, 2)
join province_zone d on d.province = substr(p.destination_region, 1, 2)
cross join lateral (values ('flow:' || o.province || '0000:' || d.province || '0000'),
    ('zone-flow:' || o.zone || ':' || d.zone)) as s(scope);

-- the project counts, column by column as Contribution.beyondEvent gives them
insert into scope_figures (scope, signed_count, signed_yuan, withdrawn_count, withdrawn_yuan, commenced_count,
    commenced_yuan, in_production_count, in_production_yuan, cancelled_count, cancelled_yuan, completed_yuan, overdue,
    recommended, acceptable, risky, mismatch, repeats_count, repeats_yuan, verified_commenced_count,
    verified_commenced_yuan, verified_in_production_count, verified_in_production_yuan, verified_completed_yuan)
select s.scope,
    count(*) filter (where own and not withdrawn),
    coalesce(sum(p.investment_yuan) filter (where own and not withdrawn), 0),
    count(*) filter (where own and withdrawn),
    coalesce(sum(p.investment_yuan) filter (where own and withdrawn), 0),
    count(*) filter (where own and not withdrawn and p.commenced_on is not null),
    coalesce(sum(p.investment_yuan) filter (where own and not withdrawn and p.commenced_on is not null), 0),
    count(*) filter (where own and not withdrawn and p.in_production_on is not null),
    coalesce(sum(p.investment_yuan) filter (where own and not withdrawn and p.in_production_on is not null), 0),
    count(*) filter (where own and p.status = 'CANCELLED'),
    coalesce(sum(p.investment_yuan) filter (where own and p.status = 'CANCELLED'), 0),
    coalesce(sum(p.cumulative_yuan) filter (where own and not withdrawn), 0),
    count(*) filter (where own and not withdrawn and p.overdue),
    count(*) filter (where own and not withdrawn and p.verdict = 'RECOMMENDED'),
    count(*) filter (where own and not withdrawn and p.verdict = 'ACCEPTABLE'),
    count(*) filter (where own and not withdrawn and p.verdict = 'RISKY'),
    count(*) filter (where own and not withdrawn and p.verdict = 'MISMATCH'),
    count(*) filter (where not own and not withdrawn),
    coalesce(sum(p.investment_yuan) filter (where not own and not withdrawn), 0),
    count(*) filter (where own and not withdrawn and p.verified_commenced_on is not null),
    coalesce(sum(p.investment_yuan) filter (where own and not withdrawn and p.verified_commenced_on is not null), 0),
    count(*) filter (where own and not withdrawn and p.verified_in_production_on is not null),
    coalesce(sum(p.investment_yuan) filter (where own and not withdrawn and p.verified_in_production_on is not null),
        0),
    coalesce(sum(p.verified_cumulative_yuan) filter (where own and not withdrawn), 0)
from sending_scope s
join project p on p.signing_id = s.signing_id
cross join lateral (values (p.repeat_of is null, p.status = 'WITHDRAWN')) as f(own, withdrawn)
group by s.scope
having count(*) filter (where own or not withdrawn) > 0;

-- the cycle-time histograms, as V33 builds those of `all`
with marks as (
    select signing_id, 'SIGNING_TO_COMMENCEMENT' as measure, (commenced_on - signed_on)::bigint as value
    from project where commenced_on is not null
    union all
    select signing_id, 'COMMENCEMENT_TO_PRODUCTION', (in_production_on - commenced_on)::bigint
    from project where commenced_on is not null and in_production_on is not null
    union all
    select signing_id, 'AWAITING_COMMENCEMENT', (signed_on - date '1970-01-01')::bigint
    from project where commenced_on is null and status <> 'CANCELLED'
    union all
    select signing_id, 'AWAITING_PRODUCTION', (commenced_on - date '1970-01-01')::bigint
    from project where commenced_on is not null and in_production_on is null and status <> 'CANCELLED'
)
insert into scope_cycle (scope, measure, value, projects)
select s.scope, m.measure, m.value, count(*)
from marks m
join project p on p.signing_id = m.signing_id and p.repeat_of is null and p.status <> 'WITHDRAWN'
join sending_scope s on s.signing_id = m.signing_id
group by s.scope, m.measure, m.value;

-- the electricity demand of commenced open projects, as EnergyUse counts it
insert into scope_energy (scope, destination_region, origin_region, mwh)
select s.scope, p.destination_region, p.origin_region, sum(p.energy_mwh)
from project p
join sending_scope s on s.signing_id = p.signing_id
where p.repeat_of is null and p.status not in ('WITHDRAWN', 'CANCELLED') and p.commenced_on is not null
  and p.energy_mwh > 0
group by s.scope, p.destination_region, p.origin_region;

drop table sending_scope;
drop table province_zone;
