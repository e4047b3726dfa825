-- Benchmark data for hidden-hazard tickets, set-based (generate_series), in one transaction.
-- psql -v tickets=1000000 -v enterprises=2000 -f bench/load.sql
--
-- * :enterprises extra enterprises (codes 'B000000001'...), spread evenly over the demo tree's grids and
--   townships (and the districts that have none), so district/township scope prefixes are realistic;
--   about a quarter of them fall into 南明区, the demo safety office's scope.
-- * :tickets hazards over them: created over the last 18 months (skewed to recent), state by age (recent
--   ones open, old ones mostly closed), ~5% MAJOR, deadlines 7-60 days after reporting, overdue (and
--   escalated to the district / city for majors) exactly when open and past the deadline, as the overdue job
--   would have left them, so its next run has nothing to load; industry = the enterprise's.
-- * hazard_event: a REPORT event per ticket, plus the step that brought it to its state and an ESCALATE event
--   for overdue ones. hazard_code_counter continues after the loaded codes.
-- The non-constraint indexes of hazard and hazard_event are dropped for the bulk insert and recreated from
-- their exact definitions (pg_indexes) afterwards.
\set ON_ERROR_STOP on
\timing on
set maintenance_work_mem = '512MB';
set work_mem = '256MB';
set synchronous_commit = off;
select setseed(0.42);

begin;

-- the statistics tallies are rebuilt in one pass after the insert (the row trigger would do ~3M upserts)
alter table hazard disable trigger hazard_tally_trg;

-- the indexes to rebuild after the insert
create temp table bench_indexes on commit drop as
select i.indexname, i.indexdef from pg_indexes i
where i.schemaname = 'public' and i.tablename in ('hazard', 'hazard_event')
  and not exists (select 1 from pg_constraint c where c.conname = i.indexname);
do $$ declare r record; begin
  for r in select indexname from bench_indexes loop execute 'drop index ' || quote_ident(r.indexname); end loop;
end $$;

-- ------------------------------------------------------------------ enterprises
create temp table bench_parent on commit drop as
select o.id, o.path, o.depth, (row_number() over (order by o.code) - 1)::int as idx,
       (select d.id from org d where d.region_level = 'DISTRICT' and o.path like d.path || '%') as district_id,
       (select c.id from org c where c.region_level = 'CITY' and o.path like c.path || '%') as city_id
from org o
where o.kind = 'REGION'
  and (o.region_level in ('TOWNSHIP', 'GRID')
       or (o.region_level = 'DISTRICT' and not exists (select 1 from org t where t.parent_id = o.id and t.kind = 'REGION')));

create temp table bench_ent on commit drop as
select e.*, p.path || replace(e.id::text, '-', '') || '/' as path, p.depth + 1 as depth, p.id as parent_id,
       p.district_id, p.city_id
from (select g - 1 as idx, gen_random_uuid() as id, 'B' || lpad(g::text, 9, '0') as code,
             '压测' || (array['黔兴','筑城','南明','云岩','花溪','乌当','白云','观山','开阳','息烽'])[1 + g % 10]
                    || (array['建设工程','化工','矿业','燃气','物流','食品','机械制造','电力','旅游','运输'])[1 + (g / 10) % 10]
                    || '有限公司' || g as name,
             (select array_agg(code order by sort_order) from industry) as industries,
             g
      from generate_series(1, :enterprises) g) e
join bench_parent p on p.idx = e.idx % (select count(*) from bench_parent);

insert into org (id, code, name, kind, region_level, parent_id, path, depth, industry, employees, high_risk,
                 risk_color, risk_class, address, version, created_at, updated_at)
select e.id, e.code, e.name, 'ENTERPRISE', null, e.parent_id, e.path, e.depth, e.industries[1 + (e.g * 7) % 20],
       20 + (e.g * 37) % 2000, i.high_risk,
       (array['GREEN','GREEN','YELLOW','RED'])[1 + e.g % 4], (array['A','B','C','D'])[1 + (e.g / 4) % 4],
       '贵阳市' || e.g || '号', 0, now() - interval '600 days', now() - interval '600 days'
from bench_ent e join industry i on i.code = e.industries[1 + (e.g * 7) % 20];

create temp table bench_e on commit drop as
select e.idx, o.id, o.path, o.industry, o.name, o.parent_id, e.district_id, e.city_id
from bench_ent e join org o on o.id = e.id;
create unique index on bench_e (idx);

-- ------------------------------------------------------------------ tickets
create temp table bench_t on commit drop as
select n, r1, r2, r3, r4, r5, r6,
       now() - interval '540 days' * power(r1, 1.3) as created_at,
       540 * power(r1, 1.3) as age
from (select n, random() r1, random() r2, random() r3, random() r4, random() r5, random() r6
      from generate_series(1, :tickets) n) x;

create temp table bench_h on commit drop as
select t.n, t.created_at, e.id as enterprise_id, e.parent_id as territory_id, e.path, e.industry, e.name as ent_name,
       e.district_id, e.city_id,
       case when t.r5 < 0.05 then 'MAJOR' else 'GENERAL' end as level,
       case when t.age < 7 then case when t.r3 < 0.60 then 'REPORTED' when t.r3 < 0.80 then 'CONFIRMED'
                                     when t.r3 < 0.95 then 'RECTIFYING' else 'REJECTED' end
            when t.age < 60 then case when t.r3 < 0.05 then 'REPORTED' when t.r3 < 0.15 then 'CONFIRMED'
                                      when t.r3 < 0.45 then 'RECTIFYING' when t.r3 < 0.55 then 'PENDING_ACCEPTANCE'
                                      when t.r3 < 0.95 then 'CLOSED' else 'REJECTED' end
            else case when t.r3 < 0.02 then 'CONFIRMED' when t.r3 < 0.05 then 'RECTIFYING'
                      when t.r3 < 0.06 then 'PENDING_ACCEPTANCE' when t.r3 < 0.94 then 'CLOSED' else 'REJECTED' end
       end as state,
       (t.created_at at time zone 'Asia/Shanghai')::date + (7 + floor(t.r4 * 54))::int as due,
       t.r4, t.r6,
       (array['SELF_CHECK','SELF_CHECK','SELF_CHECK','SELF_CHECK','SELF_CHECK','SELF_CHECK','SELF_CHECK','SELF_CHECK',
              'SELF_CHECK','SELF_CHECK','INSPECTION','INSPECTION','INSPECTION','INSPECTION','INSPECTION','INSPECTION',
              'INSPECTION','PUBLIC_REPORT','SPECIAL_CAMPAIGN','SPECIAL_CAMPAIGN'])[1 + (t.n * 31) % 20] as source,
       (array['EQUIPMENT','OPERATION','ENVIRONMENT','MANAGEMENT','FIRE','ELECTRICAL','HAZMAT_STORAGE','OTHER'])[1 + t.n % 8] as category,
       extract(year from t.created_at at time zone 'Asia/Shanghai')::int as year
from bench_t t
join bench_e e on e.idx = floor(:enterprises * power(t.r2, 1.5))::int;

create temp table bench_codes on commit drop as
select n, year,
       coalesce((select last_value from hazard_code_counter c where c.year = h.year), 0)
         + row_number() over (partition by year order by created_at, n) as num
from bench_h h;
create unique index on bench_codes (n);

insert into hazard (id, code, title, description, level, category, industry, enterprise_id, territory_id, scope_path,
                    location_text, source, discovered_by_subject, discovered_by_name, discovered_at, reporter_org_id,
                    responsible_unit, responsible_person, rectification_measures, deadline, state, overdue,
                    escalated_to_id, escalated_at, plan_measures, plan_funds, plan_deadline, plan_responsible_person,
                    plan_emergency_plan, supervision_level, supervision_org_id, supervision_doc_number,
                    supervision_listed_at, acceptor_kind, acceptor_name, acceptance_opinion, accepted_at, closed_at,
                    rejection_reason, version, created_at, updated_at)
select gen_random_uuid(),
       'YH-' || c.year || '-' || case when c.num < 1000000 then lpad(c.num::text, 6, '0') else c.num::text end,
       (array['配电箱未上锁且无警示标识','消防通道堆放杂物','灭火器压力不足','安全出口指示灯损坏','脚手架连墙件缺失',
              '有限空间作业未审批','燃气管道锈蚀','危化品仓库通风不良','特种作业人员无证上岗','临边防护栏杆缺失',
              '应急预案未演练','电缆线路私拉乱接','起重机械限位失灵','粉尘清扫记录缺失','安全培训台账不全'])[1 + (h.n * 13) % 15]
         || '（' || h.ent_name || '）',
       '压测数据：' || h.category || ' 类隐患，由巡查发现。',
       h.level, h.category, h.industry, h.enterprise_id, h.territory_id, h.path,
       '厂区' || (1 + h.n % 40) || '号楼', h.source, 'bench-loader', '压测', h.created_at - interval '1 hour',
       case when h.source = 'SELF_CHECK' then h.enterprise_id else h.district_id end,
       h.ent_name, '负责人' || (h.n % 500),
       case when h.state not in ('REPORTED', 'REJECTED') then '停用整改，更换部件并复查' end,
       case when h.state = 'REJECTED' then null
            when h.state = 'REPORTED' then case when h.r6 < 0.5 then h.due end
            else h.due end,
       h.state,
       h.state in ('CONFIRMED', 'RECTIFYING', 'PENDING_ACCEPTANCE') and h.due < (now() at time zone 'Asia/Shanghai')::date,
       case when h.state in ('CONFIRMED', 'RECTIFYING', 'PENDING_ACCEPTANCE') and h.due < (now() at time zone 'Asia/Shanghai')::date
            then case when h.level = 'MAJOR' then h.city_id else h.district_id end end,
       case when h.state in ('CONFIRMED', 'RECTIFYING', 'PENDING_ACCEPTANCE') and h.due < (now() at time zone 'Asia/Shanghai')::date
            then (h.due + 1)::timestamp at time zone 'Asia/Shanghai' end,
       -- five musts and supervision listing for majors past confirmation
       case when h.level = 'MAJOR' and h.state not in ('REPORTED', 'REJECTED') then '制定专项治理方案' end,
       case when h.level = 'MAJOR' and h.state not in ('REPORTED', 'REJECTED') then 50000 + (h.n % 100) * 1000 end,
       case when h.level = 'MAJOR' and h.state not in ('REPORTED', 'REJECTED') then h.due end,
       case when h.level = 'MAJOR' and h.state not in ('REPORTED', 'REJECTED') then '总经理' end,
       case when h.level = 'MAJOR' and h.state not in ('REPORTED', 'REJECTED') then '专项应急预案' end,
       case when h.level = 'MAJOR' and h.state not in ('REPORTED', 'REJECTED') and h.r6 < 0.5 then 'DISTRICT' end,
       case when h.level = 'MAJOR' and h.state not in ('REPORTED', 'REJECTED') and h.r6 < 0.5 then h.district_id end,
       case when h.level = 'MAJOR' and h.state not in ('REPORTED', 'REJECTED') and h.r6 < 0.5 then '筑安督〔' || c.year || '〕' || (h.n % 1000) || '号' end,
       case when h.level = 'MAJOR' and h.state not in ('REPORTED', 'REJECTED') and h.r6 < 0.5 then h.created_at + interval '2 days' end,
       case when h.state = 'CLOSED' then 'SUPERVISING_DEPARTMENT' end,
       case when h.state = 'CLOSED' then '属地安监站' end,
       case when h.state = 'CLOSED' then '整改到位，同意销号' end,
       case when h.state = 'CLOSED' then least(now(), h.created_at + interval '1 day' * (3 + h.r4 * 55)) end,
       case when h.state = 'CLOSED' then least(now(), h.created_at + interval '1 day' * (3 + h.r4 * 55)) end,
       case when h.state = 'REJECTED' then 'NOT_A_HAZARD' end,
       case h.state when 'REPORTED' then 0 when 'REJECTED' then 1 when 'CONFIRMED' then 1 when 'RECTIFYING' then 2
                    when 'PENDING_ACCEPTANCE' then 3 else 4 end,
       h.created_at,
       case when h.state = 'CLOSED' then least(now(), h.created_at + interval '1 day' * (3 + h.r4 * 55))
            when h.state = 'REPORTED' then h.created_at
            else least(now(), h.created_at + interval '1 day' * (1 + h.r4 * 3)) end
from bench_h h join bench_codes c on c.n = h.n
order by h.created_at;

insert into hazard_code_counter (year, last_value)
select year, max(num) from bench_codes group by year
on conflict (year) do update set last_value = greatest(hazard_code_counter.last_value, excluded.last_value);

-- ------------------------------------------------------------------ history
insert into hazard_event (hazard_id, at, actor_subject, actor_name, actor_org_code, action, from_state, to_state,
                          comment, data, scope_path, industry)
select id, at, 'bench-loader', '压测', null, action, from_state, to_state, null, data, scope_path, industry
from (
  select h.id, h.created_at as at, 'REPORT' as action, null as from_state, 'REPORTED' as to_state,
         jsonb_build_object('level', h.level, 'source', h.source) as data, h.scope_path, h.industry
  from hazard h where h.discovered_by_subject = 'bench-loader'
  union all
  select h.id, h.updated_at,
         case h.state when 'CONFIRMED' then 'CONFIRM' when 'RECTIFYING' then 'START_RECTIFICATION'
                      when 'PENDING_ACCEPTANCE' then 'SUBMIT_FOR_ACCEPTANCE' when 'CLOSED' then 'ACCEPT' else 'REJECT' end,
         case h.state when 'CONFIRMED' then 'REPORTED' when 'RECTIFYING' then 'CONFIRMED'
                      when 'PENDING_ACCEPTANCE' then 'RECTIFYING' when 'CLOSED' then 'PENDING_ACCEPTANCE' else 'REPORTED' end,
         h.state, null, h.scope_path, h.industry
  from hazard h where h.discovered_by_subject = 'bench-loader' and h.state <> 'REPORTED'
  union all
  select h.id, h.escalated_at, 'ESCALATE', h.state, h.state, jsonb_build_object('deadline', h.deadline::text),
         h.scope_path, h.industry
  from hazard h where h.discovered_by_subject = 'bench-loader' and h.overdue
) ev
order by at;

-- ------------------------------------------------------------------ tallies (as V4__hazard_tally.sql backfills them)
delete from hazard_tally;
delete from hazard_month_tally;
insert into hazard_tally (scope_path, industry, state, level, overdue, supervised, n)
select scope_path, coalesce(industry, ''), state, level, overdue, supervision_listed_at is not null, count(*)
from hazard group by 1, 2, 3, 4, 5, 6;
insert into hazard_month_tally (scope_path, industry, month, reported, closed)
select scope_path, industry, month, sum(reported), sum(closed)
from (select scope_path, coalesce(industry, '') as industry, hazard_local_month(created_at) as month, 1 as reported, 0 as closed
      from hazard
      union all
      select scope_path, coalesce(industry, ''), hazard_local_month(closed_at), 0, 1 from hazard where closed_at is not null) x
group by 1, 2, 3;
alter table hazard enable trigger hazard_tally_trg;

-- ------------------------------------------------------------------ indexes back
do $$ declare r record; begin
  for r in select indexdef from bench_indexes loop execute r.indexdef; end loop;
end $$;

commit;

vacuum analyze hazard;
vacuum analyze hazard_event;
analyze org;

select state, level, count(*) from hazard group by rollup (state, level) order by 1, 2;
select count(*) filter (where overdue) as overdue, count(*) as tickets,
       count(*) filter (where state = 'REPORTED' and scope_path like (select path from org where code = '520102') || '%') as nanming_reported
from hazard;
select count(*) as events from hazard_event;
select pg_size_pretty(pg_total_relation_size('hazard')) as hazard_size, pg_size_pretty(pg_total_relation_size('hazard_event')) as event_size;
