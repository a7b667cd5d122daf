-- Monthly series and the cut of region and industry (docs/contract.md §4.5.6).

-- Each scope's monthly series: per measure and month (YYYY-MM), how many projects, their signed investment, and for
-- SIGNED the investment those projects have completed; changed by adding differences as projects move, rows at 0
-- projects deleted.
create table scope_month (
    scope          text   not null,
    measure        text   not null,
    month          text   not null check (month ~ '^\d{4}-\d{2}$'),
    projects       bigint not null,
    yuan           bigint not null,
    completed_yuan bigint not null,
    primary key (scope, measure, month)
);

-- The projects already here, each as FigureChanges counts it: in its event a repeat follows its earliest signing's
-- dates, investment completed and verified milestones while neither is withdrawn (with its own signed investment);
-- beyond its event a repeat counts in no series. A withdrawn signing counts in none.
create temporary table month_counted as
select p.signing_id, p.event_code, p.destination_region, p.industry_code, p.origin_region,
       p.repeat_of is not null as repeat, p.investment_yuan,
       coalesce(f.signed_on, p.signed_on) as signed_on,
       case when f.signing_id is null then p.cumulative_yuan else f.cumulative_yuan end as cumulative_yuan,
       case when f.signing_id is null then p.commenced_on else f.commenced_on end as commenced_on,
       case when f.signing_id is null then p.in_production_on else f.in_production_on end as in_production_on,
       case when f.signing_id is null then p.reached_capacity_on else f.reached_capacity_on end as reached_capacity_on,
       case when f.signing_id is null then p.verified_commenced_on else f.verified_commenced_on end
           as verified_commenced_on,
       case when f.signing_id is null then p.verified_in_production_on else f.verified_in_production_on end
           as verified_in_production_on
from project p
left join project f on p.repeat_of = f.signing_id and f.status <> 'WITHDRAWN'
where p.status <> 'WITHDRAWN';

-- MonthMark's entries of each project: its signing, then each milestone it reached (达产 once in production)
create temporary table month_mark as
select signing_id, 'SIGNED' as measure, to_char(signed_on, 'YYYY-MM') as month, investment_yuan,
       cumulative_yuan as completed_yuan
from month_counted
union all
select signing_id, 'COMMENCED', to_char(commenced_on, 'YYYY-MM'), investment_yuan, 0
from month_counted where commenced_on is not null
union all
select signing_id, 'IN_PRODUCTION', to_char(in_production_on, 'YYYY-MM'), investment_yuan, 0
from month_counted where in_production_on is not null
union all
select signing_id, 'REACHED_DESIGN_CAPACITY', to_char(reached_capacity_on, 'YYYY-MM'), investment_yuan, 0
from month_counted
where commenced_on is not null and in_production_on is not null and reached_capacity_on is not null
union all
select signing_id, 'VERIFIED_COMMENCED', to_char(verified_commenced_on, 'YYYY-MM'), investment_yuan, 0
from month_counted where verified_commenced_on is not null
union all
select signing_id, 'VERIFIED_IN_PRODUCTION', to_char(verified_in_production_on, 'YYYY-MM'), investment_yuan, 0
from month_counted where verified_in_production_on is not null;

create temporary table month_province_zone (province text primary key, zone text not null);
insert into month_province_zone values
    ('11', 'EAST'), ('12', 'EAST'), ('13', 'EAST'), ('14', 'CENTRAL'), ('15', 'WEST'), ('21', 'NORTHEAST'),
    ('22', 'NORTHEAST'), ('23', 'NORTHEAST'), ('31', 'EAST'), ('32', 'EAST'), ('33', 'EAST'), ('34', 'CENTRAL'),
    ('35', 'EAST'), ('36', 'CENTRAL'), ('37', 'EAST'), ('41', 'CENTRAL'), ('42', 'CENTRAL'), ('43', 'CENTRAL'),
    ('44', 'EAST'), ('45', 'WEST'), ('46', 'EAST'), ('50', 'WEST'), ('51', 'WEST'), ('52', 'WEST'), ('53', 'WEST'),
    ('54', 'WEST'), ('61', 'WEST'), ('62', 'WEST'), ('63', 'WEST'), ('64', 'WEST'), ('65', 'WEST');

-- The cuts of region and industry every project counts in: its division in its destination and every region above
create temporary table cut_scope as
select distinct p.signing_id, 'region-industry:' || r.code || ':' || substr(p.industry_code, 1, 2) as scope
from project p
cross join lateral (values (p.destination_region), (substr(p.destination_region, 1, 4) || '00'),
    (substr(p.destination_region, 1, 2) || '0000')) as r(code);

-- The scopes beyond its event a project counts in (repeats and withdrawn signings left out): all, its division, its
-- destination and every region above it (codes nest by their digits), their cuts with its division, and by its
-- investor's origin (when known) the origin's province and prefecture and the flows between provinces and zones.
create temporary table month_scope as
select c.signing_id, s.scope
from month_counted c
cross join lateral (values ('all'), ('industry:' || substr(c.industry_code, 1, 2)),
    ('region:' || c.destination_region), ('region:' || substr(c.destination_region, 1, 4) || '00'),
    ('region:' || substr(c.destination_region, 1, 2) || '0000')) as s(scope)
where not c.repeat
union
select c.signing_id, s.scope
from month_counted c join cut_scope s on s.signing_id = c.signing_id
where not c.repeat
union
select c.signing_id, s.scope
from month_counted c
join month_province_zone o on o.province = substr(c.origin_region, 1, 2)
cross join lateral (values ('origin:' || substr(c.origin_region, 1, 2) || '0000'),
    ('origin:' || substr(c.origin_region, 1, 4) || '00')) as s(scope)
where not c.repeat
union
select c.signing_id, s.scope
from month_counted c
join month_province_zone o on o.province = substr(c.origin_region, 1, 2)
join month_province_zone d on d.province = substr(c.destination_region, 1, 2)
cross join lateral (values ('flow:' || o.province || '0000:' || d.province || '0000'),
    ('zone-flow:' || o.zone || ':' || d.zone)) as s(scope)
where not c.repeat;

insert into scope_month (scope, measure, month, projects, yuan, completed_yuan)
select scope, measure, month, count(*), sum(investment_yuan), sum(completed_yuan)
from (
    select 'event:' || c.event_code as scope, m.*
    from month_mark m join month_counted c on c.signing_id = m.signing_id
    union all
    select s.scope, m.*
    from month_mark m join month_scope s on s.signing_id = m.signing_id
) as scoped
group by scope, measure, month;

-- The cuts' project counts, as Contribution.beyondEvent gives them (the columns as V40 fills the sending side's)
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
from cut_scope s
join project p on p.signing_id = s.signing_id
cross join lateral (values (p.repeat_of is null, p.status = 'WITHDRAWN')) as f(own, withdrawn)
group by s.scope
having count(*) filter (where own or not withdrawn) > 0;

drop table month_counted;
drop table month_mark;
drop table month_province_zone;
drop table cut_scope;
drop table month_scope;
