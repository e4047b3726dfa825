-- Benchmark data for the duty reports (issue 10 item 8), set-based, in one transaction.
-- psql -v districts=15 -v townships=12 -v township_posts=10 -v enterprises=5000 -v enterprise_posts=3 -f bench/duty/load.sql
--
-- * A city 压测市 (529900) under 贵州省 with :districts districts x :townships townships; per district 5 leader posts
--   and 8 departments with their heads; per township :township_posts posts (书记, 镇长, 副镇长 ...). At 15 x 12 x 10
--   that is 75 + 120 + 1,800 = 1,995 government posts.
-- * :enterprises enterprises over the townships, each with :enterprise_posts posts (principal + others).
-- * Every post held by one person since two years ago; one in ten changed hands on 1 July of last year.
--   The Keycloak user "admin" holds the first township's 镇长 post (for "my duties" and the dossier).
-- * Every government post holds a signed responsibility list of each year (last year's CLOSED, this year's ACTIVE)
--   with 30 duty items (12 monthly, 14 quarterly, 4 yearly; the same texts in every list, as from one template);
--   enterprise posts owe 4 requirement rules (2 quarterly, 1 half-yearly, 1 yearly) bound to the city's subtree.
--   Obligations (item obligations for the lists, rule obligations for the enterprises) for every period of last year
--   and this year that has begun: finished ones MET 80 %, PARTIAL 8 %, MISSED 10 %, WAIVED 2 % (finalised); running
--   ones by count and days left. At the defaults: ~0.8M government + ~0.3M enterprise obligations.
-- * Evidence: one row per counted proof, dated inside its period; the first district's evidence has a file each
--   (attachment with sha-256), for the dossier's manifest.
\set ON_ERROR_STOP on
\timing on
set maintenance_work_mem = '512MB';
set work_mem = '256MB';
set synchronous_commit = off;
select setseed(0.42);

begin;

create temp table dq_today on commit drop as
select (now() at time zone 'Asia/Shanghai')::date as today,
       extract(year from (now() at time zone 'Asia/Shanghai'))::int as y;

-- ------------------------------------------------------------------ the city, districts, townships, departments
create temp table dq_region on commit drop as
select gen_random_uuid() as id, 0 as d, 0 as t, '529900' as code, '压测市' as name, 'CITY' as level;
insert into dq_region
select gen_random_uuid(), d, 0, '5299' || lpad(d::text, 2, '0'), '压测' || d || '区', 'DISTRICT'
from generate_series(1, :districts) d;
insert into dq_region
select gen_random_uuid(), d, t, '5299' || lpad(d::text, 2, '0') || lpad(t::text, 3, '0'), '压测' || d || '区' || t || '街道', 'TOWNSHIP'
from generate_series(1, :districts) d, generate_series(1, :townships) t;

insert into org (id, code, name, kind, region_level, parent_id, path, depth, version, created_at, updated_at)
select c.id, c.code, c.name, 'REGION', 'CITY', p.id, p.path || replace(c.id::text, '-', '') || '/', p.depth + 1, 0, now(), now()
from dq_region c, org p where c.level = 'CITY' and p.code = '520000';
insert into org (id, code, name, kind, region_level, parent_id, path, depth, version, created_at, updated_at)
select r.id, r.code, r.name, 'REGION', 'DISTRICT', c.id, c.path || replace(r.id::text, '-', '') || '/', c.depth + 1, 0, now(), now()
from dq_region r, org c where r.level = 'DISTRICT' and c.code = '529900';
insert into org (id, code, name, kind, region_level, parent_id, path, depth, version, created_at, updated_at)
select r.id, r.code, r.name, 'REGION', 'TOWNSHIP', d.id, d.path || replace(r.id::text, '-', '') || '/', d.depth + 1, 0, now(), now()
from dq_region r join dq_region rd on rd.level = 'DISTRICT' and rd.d = r.d join org d on d.id = rd.id
where r.level = 'TOWNSHIP';

insert into org (id, code, name, kind, parent_id, path, depth, supervised_industries, version, created_at, updated_at)
select x.id, 'DQD' || lpad(x.d::text, 2, '0') || k, '压测' || x.d || '区' || (array['应急管理局','住建局','交通局','教育局','能源局','消防大队','市场监管局','财政局'])[k],
       'DEPARTMENT', d.id, d.path || replace(x.id::text, '-', '') || '/', d.depth + 1,
       string_to_array((array['HAZARDOUS_CHEMICALS,FIREWORKS', 'CONSTRUCTION,GAS', 'ROAD_TRAFFIC,WATER_TRANSPORT',
              'EDUCATION,TOURISM', 'COAL_MINE,POWER', 'FIRE,HEATING', 'SPECIAL_EQUIPMENT,WATER_WORKS',
              'NON_COAL_MINE,METAL_SMELTING'])[k], ',')::varchar(40)[],
       0, now(), now()
from (select gen_random_uuid() as id, rd.d, k, rd.id as district from dq_region rd, generate_series(1, 8) k
      where rd.level = 'DISTRICT') x join org d on d.id = x.district;

-- ------------------------------------------------------------------ enterprises
create temp table dq_town on commit drop as
select o.id, o.path, o.depth, row_number() over (order by o.code) - 1 as idx from org o
where o.code like '5299%' and o.region_level = 'TOWNSHIP';

insert into org (id, code, name, kind, parent_id, path, depth, industry, employees, version, created_at, updated_at)
select e.id, 'DQE' || lpad(e.g::text, 7, '0'), '压测企业' || e.g || '有限公司', 'ENTERPRISE', t.id,
       t.path || replace(e.id::text, '-', '') || '/', t.depth + 1,
       (select code from industry order by sort_order offset (e.g * 7) % 18 limit 1), 20 + (e.g * 37) % 2000, 0, now(), now()
from (select gen_random_uuid() as id, g from generate_series(1, :enterprises) g) e
join dq_town t on t.idx = e.g % (select count(*) from dq_town);

-- ------------------------------------------------------------------ posts and their holders
create temp table dq_post on commit drop as
select gen_random_uuid() as id, o.id as org_id, o.path,
       (array['党委书记','区长','常委','分管安全副区长','副区长'])[k] as title,
       (array['LEADER_PARTY_HEAD','LEADER_GOV_HEAD','LEADER_STANDING_MEMBER','LEADER_SAFETY_DEPUTY','LEADER_OTHER_DEPUTY'])[k] as kind,
       true as gov
from org o, generate_series(1, 5) k where o.code like '5299%' and o.region_level = 'DISTRICT';
insert into dq_post
select gen_random_uuid(), o.id, o.path, '局长', 'DEPT_HEAD', true from org o where o.code like 'DQD%';
insert into dq_post
select gen_random_uuid(), o.id, o.path, (array['党工委书记','镇长'])[k], 'TOWNSHIP_HEAD', true
from org o, generate_series(1, 2) k where o.code like '5299%' and o.region_level = 'TOWNSHIP';
insert into dq_post
select gen_random_uuid(), o.id, o.path, '副镇长' || k, 'TOWNSHIP_HEAD', true
from org o, generate_series(1, greatest(:township_posts - 2, 0)) k where o.code like '5299%' and o.region_level = 'TOWNSHIP';
insert into dq_post
select gen_random_uuid(), o.id, o.path, case when k = 1 then '总经理' else '岗位' || k end,
       case when k = 1 then 'ENTERPRISE_PRINCIPAL' else 'ENTERPRISE_POST' end, false
from org o, generate_series(1, :enterprise_posts) k where o.code like 'DQE%';

insert into post (id, org_id, title, kind, version, created_at, updated_at)
select id, org_id, title, kind, 0, now(), now() from dq_post;

create temp table dq_holder on commit drop as
select p.id as post_id, row_number() over (order by p.path, p.title) as n, random() < 0.1 as changed from dq_post p;
-- the bench's own login holds the first township's 镇长 post
update dq_holder set n = 0, changed = false
where post_id = (select p.id from dq_post p join org o on o.id = p.org_id where o.code = '529901001' and p.title = '镇长');

insert into post_assignment (id, post_id, person_name, person_ref, from_date, to_date, appointment_doc, end_doc, created_at)
select gen_random_uuid(), h.post_id, case when h.n = 0 then '压测管理员' else '压测人员' || h.n end,
       case when h.n = 0 then 'admin' else 'dq-' || h.n end,
       make_date(y - 2, 1, 1), case when h.changed then make_date(y - 1, 6, 30) end, '压任〔' || (y - 2) || '〕' || h.n || '号',
       case when h.changed then '压任〔' || (y - 1) || '〕' || h.n || '号' end, now()
from dq_holder h, dq_today;
insert into post_assignment (id, post_id, person_name, person_ref, from_date, to_date, appointment_doc, created_at)
select gen_random_uuid(), h.post_id, '压测接任' || h.n, 'dq-next-' || h.n, make_date(y - 1, 7, 1), null,
       '压任〔' || (y - 1) || '〕' || h.n || '号', now()
from dq_holder h, dq_today where h.changed;

-- ------------------------------------------------------------------ requirements
create temp table dq_rule on commit drop as
select gen_random_uuid() as id, 'DQ-G' || lpad(k::text, 2, '0') as code, true as gov,
       case when k <= 12 then 'MONTH' when k <= 26 then 'QUARTER' else 'YEAR' end as period_type,
       (array['安全生产例会','隐患排查调度','带队检查','专题研究','学习传达','应急值守检查','督办重大隐患','安全培训',
              '部署重点工作','听取汇报','约谈提醒','信息报送'])[1 + (k - 1) % 12] || '（' || k || '）' as title,
       case when k % 5 = 0 then 2 else 1 end as min_count,
       (array['MEETING','HAZARD','INSPECTION','MEETING','STUDY','EMERGENCY','HAZARD','TRAINING','DEPLOYMENT','REPORTING',
              'OTHER','REPORTING'])[1 + (k - 1) % 12] as category, k as seq
from generate_series(1, 30) k;
insert into dq_rule
select gen_random_uuid(), 'DQ-E' || k, false, (array['QUARTER','QUARTER','HALF_YEAR','YEAR'])[k],
       (array['全员安全检查','隐患自查自改','现场处置方案演练','全员安全培训'])[k] || '（企业）', 1, 'OTHER', k
from generate_series(1, 4) k;

insert into requirement_rule (id, code, title, capability, applies_to, period_type, min_count, grace_days, at_risk_days,
                              jurisdiction, effective_from, citation, version, created_at)
select r.id, r.code, r.title, 'DUTY',
       jsonb_build_object('regionId', c.id, 'postKinds', case when r.gov
           then jsonb_build_array('LEADER_PARTY_HEAD','LEADER_GOV_HEAD','LEADER_STANDING_MEMBER','LEADER_SAFETY_DEPUTY',
                                  'LEADER_OTHER_DEPUTY','DEPT_HEAD','TOWNSHIP_HEAD')
           else jsonb_build_array('ENTERPRISE_PRINCIPAL','ENTERPRISE_POST') end),
       r.period_type, r.min_count, 5, 30, 'CITY', make_date(y - 2, 1, 1), '压测市安委会〔' || (y - 2) || '〕1号', 0, now()
from dq_rule r, org c, dq_today where c.code = '529900' and not r.gov;

-- ------------------------------------------------------------------ the government posts' lists, two years
create temp table dq_list on commit drop as
select gen_random_uuid() as id, p.id as post_id, p.org_id, p.path, p.title as post_title,
       case p.kind when 'DEPT_HEAD' then 'DEPT_SUPERVISING' when 'TOWNSHIP_HEAD' then 'TERRITORY_TOWNSHIP' else p.kind end
           as holder_kind, yy, row_number() over (order by p.path, p.title, yy) as n
from dq_post p, dq_today t, generate_series(t.y - 1, t.y) yy where p.gov;

insert into responsibility_list (id, code, lineage_id, version_no, year, holder_kind, holder_post_id, holder_org_id,
                                 issuing_org_id, title, status, doc_number, effective_from, effective_to, publicity,
                                 published_at, signed_at, scope_path, created_by, created_at, updated_at, version)
select l.id, 'DQL-' || l.yy || '-' || l.n, l.id, 1, l.yy, l.holder_kind, l.post_id, l.org_id, c.id,
       l.yy || '年度安全生产责任清单（' || l.post_title || '）', case when l.yy < t.y then 'CLOSED' else 'ACTIVE' end,
       '压安委〔' || l.yy || '〕' || l.n || '号', make_date(l.yy, 1, 1), make_date(l.yy, 12, 31), 'INTERNAL',
       make_date(l.yy, 1, 1), make_date(l.yy, 1, 5), l.path, 'bench', now(), now(), 0
from dq_list l, org c, dq_today t where c.code = '529900';

create temp table dq_item on commit drop as
select gen_random_uuid() as id, l.id as list_id, gen_random_uuid() as item_key, l.post_id, l.yy, r.id as rule_id
from dq_list l join dq_rule r on r.gov;

insert into duty_item (id, list_id, item_key, seq, category, text, legal_basis, period_type, min_count, grace_days,
                       at_risk_days, verification)
select i.id, i.list_id, i.item_key, r.seq, r.category, r.title, array['压测市安委会〔' || (i.yy - 2) || '〕1号'],
       r.period_type, r.min_count, 5, 30, 'MANUAL'
from dq_item i join dq_rule r on r.id = i.rule_id;
-- statistics for the keying trigger's lookup (item key -> binding list) before a million obligations use it
analyze duty_item;
analyze responsibility_list;

-- ------------------------------------------------------------------ obligations
-- inserted in bulk with the count trigger off (the before-trigger still keys them); their counts per org and
-- ancestor are added set-based below, in the same transaction (the triggers keep them from then on)
alter table obligation disable trigger obligation_rollup_ins_trg;
create temp table dq_period on commit drop as
select 'MONTH' as type, to_char(m, 'YYYY-MM') as key, m::date as first, (m + interval '1 month' - interval '1 day')::date as last
from dq_today, generate_series(make_date(y - 1, 1, 1), make_date(y, 12, 1), interval '1 month') m
union all
select 'QUARTER', extract(year from m) || '-Q' || extract(quarter from m), m::date, (m + interval '3 months' - interval '1 day')::date
from dq_today, generate_series(make_date(y - 1, 1, 1), make_date(y, 10, 1), interval '3 months') m
union all
select 'HALF_YEAR', extract(year from m) || '-H' || (1 + (extract(month from m)::int - 1) / 6), m::date,
       (m + interval '6 months' - interval '1 day')::date
from dq_today, generate_series(make_date(y - 1, 1, 1), make_date(y, 7, 1), interval '6 months') m
union all
select 'YEAR', (y - 1 + k)::text, make_date(y - 1 + k, 1, 1), make_date(y - 1 + k, 12, 31) from dq_today, generate_series(0, 1) k;
delete from dq_period where first > (select today from dq_today);

create temp table dq_ob on commit drop as
select gen_random_uuid() as id, case when not p.gov then r.id end as rule_id, i.item_key, p.id as post_id, p.org_id,
       pe.key, pe.first, pe.last, r.min_count as required, pe.last < t.today - 5 as finished, t.today, random() as x
from dq_post p join dq_rule r on r.gov = p.gov join dq_period pe on pe.type = r.period_type cross join dq_today t
     left join dq_item i on p.gov and i.post_id = p.id and i.rule_id = r.id and i.yy = extract(year from pe.first);

insert into obligation (id, rule_id, duty_item_key, grace_days, at_risk_days, subject_kind, subject_id, org_id, period_key,
                        period_first, period_last, required, counted, late, status, finalised_at, waiver_reason,
                        waiver_document, waived_by, waived_at, computed_at, version)
select id, rule_id, item_key, case when item_key is not null then 5 end, case when item_key is not null then 30 end,
       'POST', post_id, org_id, key, first, last, required, c.counted, 0, c.status,
       case when finished then now() end,
       case when c.status = 'WAIVED' then '停产整顿' end, case when c.status = 'WAIVED' then '压安委〔1〕号' end,
       case when c.status = 'WAIVED' then 'bench' end, case when c.status = 'WAIVED' then now() end, now(), 0
from dq_ob o, lateral (
    select case when not o.finished then least(o.required, floor(o.x * (o.required + 1))::int)
                when o.x < 0.80 then o.required when o.x < 0.88 then o.required - 1
                else 0 end as counted) k,
     lateral (select k.counted,
                case when not o.finished then
                         case when k.counted >= o.required then 'MET'
                              when o.last - o.today < 30 then 'AT_RISK' else 'OPEN' end
                     when o.x < 0.80 then 'MET' when o.x < 0.88 then case when o.required > 1 then 'PARTIAL' else 'MISSED' end
                     when o.x < 0.98 then 'MISSED' else 'WAIVED' end as status) c;

insert into obligation_rollup as t (org_id, period_first, row_key, period_key, period_last, status, is_rule, n)
select cast(a.seg as uuid), b.period_first, b.counted_key, b.period_key, b.period_last, b.status, b.rule_id is not null,
       count(*)
from obligation b join dq_ob o on o.id = b.id join org g on g.id = b.org_id,
     unnest(string_to_array(trim(both '/' from g.path), '/')) a (seg)
where b.counted_key is not null
group by a.seg, b.period_first, b.counted_key, b.period_key, b.period_last, b.status, b.rule_id is not null
on conflict (org_id, period_first, row_key, period_key, period_last, status) do update set n = t.n + excluded.n;
alter table obligation enable trigger obligation_rollup_ins_trg;

-- ------------------------------------------------------------------ evidence (and files in the first district)
insert into obligation_evidence (id, rule_id, duty_item_key, subject_kind, subject_id, source_kind, source_id, evidence_date,
                                 entered_at)
select gen_random_uuid(), b.rule_id, b.duty_item_key, 'POST', b.subject_id, 'RECORD', gen_random_uuid()::text,
       b.period_first + floor(random() * (b.period_last - b.period_first + 1))::int,
       b.period_first::timestamptz + interval '1 day' * (b.period_last - b.period_first) * 0.9
from obligation b join dq_ob o on o.id = b.id, generate_series(1, b.counted) n;

insert into attachment (id, storage_key, file_name, content_type, size_bytes, sha256, uploaded_by, uploader_org_code,
                        uploaded_at, owner_type, owner_id, purpose, linked_at)
select gen_random_uuid(), 'bench/' || e.source_id, '现场照片' || left(e.source_id, 8) || '.jpg', 'image/jpeg', 200000,
       encode(sha256(e.source_id::bytea), 'hex'), 'bench', '529901', e.entered_at, 'fulfilment', e.source_id::uuid, null, e.entered_at
from obligation_evidence e join post p on p.id = e.subject_id join org o on o.id = p.org_id
where e.source_id ~ '^[0-9a-f-]{36}$' and o.path like (select path from org where code = '529901') || '%'
  and (e.rule_id in (select id from dq_rule) or e.duty_item_key in (select item_key from dq_item));

commit;
vacuum analyze org;
vacuum analyze post;
vacuum analyze post_assignment;
vacuum analyze responsibility_list;
vacuum analyze duty_item;
vacuum analyze obligation;
vacuum analyze obligation_rollup;
vacuum analyze obligation_evidence;
vacuum analyze attachment;
select (select count(*) from obligation) as obligations, (select count(*) from obligation_evidence) as evidence,
       (select count(*) from obligation_rollup) as rollup_rows,
       (select count(*) from post where org_id in (select id from org where code like '5299%' or code like 'DQ%')) as posts;
