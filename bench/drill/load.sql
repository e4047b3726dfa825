-- Benchmark data for drill-duty coverage (issue 11 item 8), set-based, in one transaction.
-- psql -v districts=15 -v townships=12 -v enterprises=50000 -f bench/drill/load.sql
--
-- * A city 演练市 (529800) under 贵州省 with :districts districts x :townships townships, 8 supervising departments
--   per district.
-- * :enterprises enterprises over the townships (10 % emergency key units, 30 % high-risk, 18 industries), each
--   with a comprehensive, a special and an on-site plan (scenario types from a list of 8).
-- * Drills from 1 January two years ago to today (three calendar years): per enterprise and half-year an on-site
--   drill with probability 0.8 (key units 0.9), per year a comprehensive/special drill with probability 0.85; 3 %
--   terminated (count for nothing), 60 % tabletop. Governments and departments one comprehensive drill a year with
--   probability 0.7. At 50,000 enterprises about 400k drills.
-- * Evidence as the app writes it: one row per drill and rule it counts for (ENT_CS, ENT_ONSITE, KEY_HALF for key
--   units, GOV_NAT, GOV_LOCAL, DEPT_LOCAL, GOV_NAT_DEPT).
-- * Obligations for every period of those three years that has begun (ENT_CS yearly, ENT_ONSITE and KEY_HALF
--   half-yearly; government and department rules: this year's and the current rolling window), counted from the
--   evidence, graded for today; past periods finalised.
\set ON_ERROR_STOP on
\timing on
set maintenance_work_mem = '512MB';
set work_mem = '256MB';
set synchronous_commit = off;
select setseed(0.11);

begin;

create temp table dr_today on commit drop as
select (now() at time zone 'Asia/Shanghai')::date as today,
       extract(year from (now() at time zone 'Asia/Shanghai'))::int as y;

-- ------------------------------------------------------------------ the city, districts, townships, departments
create temp table dr_region on commit drop as
select gen_random_uuid() as id, 0 as d, 0 as t, '529800' as code, '演练市' as name, 'CITY' as level;
insert into dr_region
select gen_random_uuid(), d, 0, '5298' || lpad(d::text, 2, '0'), '演练' || d || '区', 'DISTRICT'
from generate_series(1, :districts) d;
insert into dr_region
select gen_random_uuid(), d, t, '5298' || lpad(d::text, 2, '0') || lpad(t::text, 3, '0'), '演练' || d || '区' || t || '街道', 'TOWNSHIP'
from generate_series(1, :districts) d, generate_series(1, :townships) t;

insert into org (id, code, name, kind, region_level, parent_id, path, depth, version, created_at, updated_at)
select c.id, c.code, c.name, 'REGION', 'CITY', p.id, p.path || replace(c.id::text, '-', '') || '/', p.depth + 1, 0, now(), now()
from dr_region c, org p where c.level = 'CITY' and p.code = '520000';
insert into org (id, code, name, kind, region_level, parent_id, path, depth, version, created_at, updated_at)
select r.id, r.code, r.name, 'REGION', 'DISTRICT', c.id, c.path || replace(r.id::text, '-', '') || '/', c.depth + 1, 0, now(), now()
from dr_region r, org c where r.level = 'DISTRICT' and c.code = '529800';
insert into org (id, code, name, kind, region_level, parent_id, path, depth, version, created_at, updated_at)
select r.id, r.code, r.name, 'REGION', 'TOWNSHIP', d.id, d.path || replace(r.id::text, '-', '') || '/', d.depth + 1, 0, now(), now()
from dr_region r join dr_region rd on rd.level = 'DISTRICT' and rd.d = r.d join org d on d.id = rd.id
where r.level = 'TOWNSHIP';

insert into org (id, code, name, kind, department_kind, parent_id, path, depth, supervised_industries, version, created_at, updated_at)
select x.id, 'DRD' || lpad(x.d::text, 2, '0') || k, '演练' || x.d || '区' || (array['应急管理局','住建局','交通局','教育局','能源局','消防大队','市场监管局','文旅局'])[k],
       'DEPARTMENT', case when k = 1 then 'COMPREHENSIVE' else 'SUPERVISING' end,
       d.id, d.path || replace(x.id::text, '-', '') || '/', d.depth + 1,
       string_to_array((array['HAZARDOUS_CHEMICALS,FIREWORKS', 'CONSTRUCTION,GAS', 'ROAD_TRAFFIC,WATER_TRANSPORT',
              'EDUCATION,TOURISM', 'COAL_MINE,POWER', 'FIRE,HEATING', 'SPECIAL_EQUIPMENT,WATER_WORKS',
              'NON_COAL_MINE,METAL_SMELTING'])[k], ',')::varchar(40)[],
       0, now(), now()
from (select gen_random_uuid() as id, rd.d, k, rd.id as district from dr_region rd, generate_series(1, 8) k
      where rd.level = 'DISTRICT') x join org d on d.id = x.district;

-- ------------------------------------------------------------------ enterprises
create temp table dr_town on commit drop as
select o.id, o.path, o.depth, row_number() over (order by o.code) - 1 as idx from org o
where o.code like '5298%' and o.region_level = 'TOWNSHIP';

insert into org (id, code, name, kind, parent_id, path, depth, industry, employees, high_risk, emergency_key_category,
                 version, created_at, updated_at)
select e.id, 'DRE' || lpad(e.g::text, 7, '0'), '演练企业' || e.g || '有限公司', 'ENTERPRISE', t.id,
       t.path || replace(e.id::text, '-', '') || '/', t.depth + 1,
       (select code from industry order by sort_order offset (e.g * 7) % 18 limit 1), 20 + (e.g * 37) % 2000,
       e.g % 10 < 3,
       case when e.g % 10 = 9 then (array['DANGEROUS_GOODS','MINE','METAL_SMELTING','URBAN_RAIL','CONSTRUCTION','HOTEL',
                                          'MALL','ENTERTAINMENT_VENUE','TOURIST_SITE'])[1 + (e.g / 10) % 9] end,
       0, now(), now()
from (select gen_random_uuid() as id, g from generate_series(1, :enterprises) g) e
join dr_town t on t.idx = e.g % (select count(*) from dr_town);

-- ------------------------------------------------------------------ plans
create temp table dr_plan on commit drop as
select gen_random_uuid() as id, o.id as org_id, k.kind,
       (array['火灾','泄漏','中毒','坍塌','触电','高处坠落','车辆伤害','自然灾害'])[1 + (abs(hashtext(o.id::text)) + k.n) % 8] as scenario
from org o, (values (1, 'COMPREHENSIVE'), (2, 'SPECIAL'), (3, 'ONSITE')) k (n, kind)
where o.code like 'DRE%';
insert into emergency_plan (id, org_id, kind, title, scenario_types, plan_version, effective_date, version, created_at, updated_at)
select p.id, p.org_id, p.kind, p.scenario || (case p.kind when 'COMPREHENSIVE' then '综合应急预案' when 'SPECIAL' then '专项应急预案'
       else '现场处置方案' end), array[p.scenario]::varchar(40)[], '2024版', make_date(y - 2, 1, 1), 0, now(), now()
from dr_plan p, dr_today;

-- ------------------------------------------------------------------ drills
-- periods of the three years that have begun
create temp table dr_half on commit drop as
select make_date(yy, m, 1) as first, (make_date(yy, m, 1) + interval '6 months - 1 day')::date as last
from dr_today, generate_series(y - 2, y) yy, (values (1), (7)) h (m) where make_date(yy, m, 1) <= today;
create temp table dr_year on commit drop as
select make_date(yy, 1, 1) as first, make_date(yy, 12, 31) as last from dr_today, generate_series(y - 2, y) yy;

create temp table dr_drill on commit drop as
select gen_random_uuid() as id, o.id as org_id, 'ONSITE' as plan_kind,
       least(h.first + (random() * (h.last - h.first))::int, (select today from dr_today)) as on_day
from org o, dr_half h
where o.code like 'DRE%' and random() < case when o.emergency_key_category is not null then 0.9 else 0.8 end;
insert into dr_drill
select gen_random_uuid(), o.id, case when random() < 0.5 then 'COMPREHENSIVE' else 'SPECIAL' end,
       least(yr.first + (random() * (yr.last - yr.first))::int, (select today from dr_today))
from org o, dr_year yr
where o.code like 'DRE%' and random() < 0.85;
insert into dr_drill
select gen_random_uuid(), o.id, 'GOV', least(yr.first + (random() * (yr.last - yr.first))::int, (select today from dr_today))
from org o, dr_year yr
where (o.code like '5298%' and o.region_level in ('DISTRICT', 'TOWNSHIP') or o.code like 'DRD%') and random() < 0.7;

insert into drill (id, org_id, title, form, scope, status, conducted_on, day, termination_reason, version, created_at, updated_at)
select d.id, d.org_id, '演练' || d.on_day, case when random() < 0.6 then 'TABLETOP' else 'LIVE' end,
       case when d.plan_kind in ('COMPREHENSIVE', 'GOV') then 'COMPREHENSIVE' else 'SINGLE' end,
       case when d.x < 0.03 then 'TERMINATED' else 'CONDUCTED' end, d.on_day, d.on_day,
       case when d.x < 0.03 then (array['SAFETY_INCIDENT', 'REAL_EMERGENCY', 'OTHER'])[1 + (d.x * 100)::int % 3] end, 0,
       (d.on_day + time '18:00') at time zone 'Asia/Shanghai', (d.on_day + time '18:00') at time zone 'Asia/Shanghai'
from (select *, random() as x from dr_drill) d;

insert into drill_plan (drill_id, plan_id)
select d.id, p.id from dr_drill d join dr_plan p on p.org_id = d.org_id and p.kind = d.plan_kind;

-- ------------------------------------------------------------------ evidence, as the app writes it
create temp table dr_rule on commit drop as
select id, code, period_type from requirement_rule where capability = 'DRILL';

insert into obligation_evidence (id, rule_id, subject_kind, subject_id, source_kind, source_id, evidence_date, entered_at)
select gen_random_uuid(), r.id, 'ORG', d.org_id, 'DRILL', d.id::text, d.on_day, (d.on_day + time '18:00') at time zone 'Asia/Shanghai'
from dr_drill d join drill x on x.id = d.id and x.status = 'CONDUCTED' join org o on o.id = d.org_id
join dr_rule r on (r.code = 'ENT_CS' and d.plan_kind in ('COMPREHENSIVE', 'SPECIAL'))
               or (r.code = 'ENT_ONSITE' and d.plan_kind = 'ONSITE')
               or (r.code = 'KEY_HALF' and d.plan_kind <> 'GOV' and o.emergency_key_category is not null)
               or (d.plan_kind = 'GOV' and (
                       (r.code in ('GOV_NAT', 'GOV_LOCAL') and o.kind = 'REGION')
                    or (r.code = 'DEPT_LOCAL' and o.department_kind = 'SUPERVISING')
                    or (r.code = 'GOV_NAT_DEPT' and o.kind = 'DEPARTMENT')));

-- ------------------------------------------------------------------ obligations
create temp table dr_ob on commit drop as
select r.id as rule_id, o.id as org_id, p.key, p.first, p.last
from org o, dr_rule r,
     lateral (select y2.first, y2.last, extract(year from y2.first)::text as key from dr_year y2 where r.period_type = 'YEAR'
              union all
              select h.first, h.last, extract(year from h.first)::text || case when extract(month from h.first) = 1 then '-H1' else '-H2' end
              from dr_half h where r.period_type = 'HALF_YEAR') p
where o.code like 'DRE%' and (r.code in ('ENT_CS', 'ENT_ONSITE') or r.code = 'KEY_HALF' and o.emergency_key_category is not null);
-- governments and departments: this year's local rule, and the national floor's window holding today (from 2025-04-01)
insert into dr_ob
select r.id, o.id, y::text, make_date(y, 1, 1), make_date(y, 12, 31)
from org o, dr_rule r, dr_today
where (r.code = 'GOV_LOCAL' and o.code like '5298%' and o.region_level in ('DISTRICT', 'TOWNSHIP'))
   or (r.code = 'DEPT_LOCAL' and o.code like 'DRD%' and o.department_kind = 'SUPERVISING');
insert into dr_ob
select r.id, o.id, '2025-04-01+24M', date '2025-04-01', date '2027-03-31'
from org o, dr_rule r
where (r.code = 'GOV_NAT' and o.code like '5298%' and o.region_level in ('CITY', 'DISTRICT', 'TOWNSHIP'))
   or (r.code = 'GOV_NAT_DEPT' and o.code like 'DRD%');

-- inserted with the rollup trigger off; the counts per org and ancestor are added set-based below (as
-- bench/duty/load.sql does)
alter table obligation disable trigger obligation_rollup_ins_trg;
insert into obligation (id, rule_id, subject_kind, subject_id, org_id, period_key, period_first, period_last, required,
                        counted, late, status, finalised_at, computed_at)
select gen_random_uuid(), b.rule_id, 'ORG', b.org_id, b.org_id, b.key, b.first, b.last, 1, c.n, 0,
       case when c.n >= 1 then 'MET'
            when t.today > b.last then 'MISSED'
            when b.last - t.today + 1 <= 30 then 'AT_RISK' else 'OPEN' end,
       case when t.today > b.last then now() end, now()
from dr_ob b cross join dr_today t
cross join lateral (select count(*)::int as n from obligation_evidence e
                    where e.rule_id = b.rule_id and e.subject_kind = 'ORG' and e.subject_id = b.org_id
                      and e.withdrawn_at is null and e.evidence_date between b.first and b.last) c;

insert into obligation_rollup as t (org_id, period_first, row_key, period_key, period_last, status, is_rule, n)
select cast(a.seg as uuid), b.period_first, b.counted_key, b.period_key, b.period_last, b.status, true, count(*)
from obligation b join org g on g.id = b.org_id and g.path like (select path from org where code = '529800') || '%',
     unnest(string_to_array(trim(both '/' from g.path), '/')) a (seg)
where b.counted_key is not null and b.rule_id in (select id from dr_rule)
group by a.seg, b.period_first, b.counted_key, b.period_key, b.period_last, b.status
on conflict (org_id, period_first, row_key, period_key, period_last, status) do update set n = t.n + excluded.n;
alter table obligation enable trigger obligation_rollup_ins_trg;

commit;

vacuum analyze org;
vacuum analyze drill;
vacuum analyze drill_plan;
vacuum analyze emergency_plan;
vacuum analyze obligation;
vacuum analyze obligation_evidence;

select (select count(*) from org where code like 'DRE%') as enterprises,
       (select count(*) from org where code like 'DRE%' and emergency_key_category is not null) as key_units,
       (select count(*) from drill) as drills,
       (select count(*) from obligation) as obligations,
       (select count(*) from obligation_evidence) as evidence;
