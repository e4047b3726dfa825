-- Benchmark data for assessment scores (issue 12 item 10), set-based, in one transaction.
-- psql -v targets=200 -v indicators=60 -f bench/assess/load.sql
--
-- * A district 考核区 (529701) in a city 考核市 (529700) under 贵州省 with :targets townships (the targets) and 6
--   departments (the scoring departments of the DEPARTMENT_SCORED leaves).
-- * Five yearly schemes of one series, 2022-2026, each with :indicators leaves under parents of ten (1.5 points each
--   for the first 40, 2 for the rest: 100 at 60), methods in turn MANUAL_DEDUCT (two deduction rules), AUTO_METRIC
--   (a rate mapped LINEAR 0.5 → 1.0, or a count DEDUCT_PER_UNIT 0.5), CHECKLIST (three items) and
--   DEPARTMENT_SCORED; a metric veto (ACC_MAJOR_COUNT ≥ 1 → SCORE_ZERO), a manual veto (GRADE_LOWEST), a bonus
--   (1 point per occurrence, at most 2; cap 3), a deduction from NOTICE_CRITICISM (0.5 each, at most 1) and a
--   falsification downgrade; grades 90/80/60/0. 2022-2024 CLOSED (assessments FINAL, ranked), 2025 REVIEWING with
--   every assessment REVIEWED (frozen; PROPOSE_RESULTS re-scores and ranks it), 2026 SELF_ASSESSMENT.
-- * One assessment per scheme and target; values as the app writes them, several versions each: SELF for manual and
--   checklist leaves (1-3 versions), DEPARTMENT for department leaves (1-2 versions, not in 2026), REVIEW overrides on
--   ~5 % of leaves (a fifth of them withdrawn again), bonuses on ~10 % of assessments, a manual veto on ~0.5 %.
-- * Metric snapshots of all 21 metrics per scheme and target: OPEN when the scheme opened, START_REVIEW at the
--   freeze (the ones in force) and, for ~10 % of targets, a RECOMPUTE after the freeze (kept, not read by scoring).
-- * The stored total and grade of every assessment (and the rank of the closed schemes') computed here by the same
--   rules the app applies, so `bench/assess/check.sh` can compare them with what the app computes.
\set ON_ERROR_STOP on
\timing on
set work_mem = '256MB';
set synchronous_commit = off;
select setseed(0.12);

begin;

-- ------------------------------------------------------------------ orgs
insert into org (id, code, name, kind, region_level, parent_id, path, depth, version, created_at, updated_at)
select x.id, '529700', '考核市', 'REGION', 'CITY', p.id, p.path || replace(x.id::text, '-', '') || '/', p.depth + 1, 0, now(), now()
from (select gen_random_uuid() as id) x, org p where p.code = '520000';
insert into org (id, code, name, kind, region_level, parent_id, path, depth, version, created_at, updated_at)
select x.id, '529701', '考核区', 'REGION', 'DISTRICT', p.id, p.path || replace(x.id::text, '-', '') || '/', p.depth + 1, 0, now(), now()
from (select gen_random_uuid() as id) x, org p where p.code = '529700';
insert into org (id, code, name, kind, region_level, parent_id, path, depth, version, created_at, updated_at)
select x.id, '529701' || lpad(x.t::text, 3, '0'), '考核区' || x.t || '街道', 'REGION', 'TOWNSHIP', p.id,
       p.path || replace(x.id::text, '-', '') || '/', p.depth + 1, 0, now(), now()
from (select gen_random_uuid() as id, t from generate_series(1, :targets) t) x, org p where p.code = '529701';
insert into org (id, code, name, kind, department_kind, parent_id, path, depth, version, created_at, updated_at)
select x.id, 'KHD' || k, '考核区' || (array['应急管理局','住建局','交通局','教育局','市场监管局','消防大队'])[k],
       'DEPARTMENT', case when k = 1 then 'COMPREHENSIVE' else 'SUPERVISING' end, p.id,
       p.path || replace(x.id::text, '-', '') || '/', p.depth + 1, 0, now(), now()
from (select gen_random_uuid() as id, k from generate_series(1, 6) k) x, org p where p.code = '529701';

create temp table as_target on commit drop as
select o.id, o.path, row_number() over (order by o.code) as t from org o where o.parent_id = (select id from org where code = '529701')
  and o.kind = 'REGION';
create temp table as_dept on commit drop as
select o.id, row_number() over (order by o.code) as k from org o where o.code like 'KHD%';

-- ------------------------------------------------------------------ the indicator tree (the same every year)
create temp table as_leaf on commit drop as
select i, 'L' || lpad(i::text, 2, '0') as code, 'P' || (1 + (i - 1) / 10) as parent,
       (array['DEPARTMENT_SCORED', 'MANUAL_DEDUCT', 'AUTO_METRIC', 'CHECKLIST'])[1 + i % 4] as method,
       (case when i <= 40 then 1.5 else 2.0 end)::numeric as max_points,
       case when i % 4 = 2 then (array['HZ_CLOSURE_RATE', 'HZ_ONTIME_RATE', 'HZ_SELFCHECK_PARTICIPATION', 'DR_KEY_COVERAGE',
            'DR_FINDINGS_CLOSED', 'DL_SIGN_RATE', 'DL_FULFILMENT_RATE', 'ENT_ALLSTAFF_COVERAGE', 'RPT_TIMELINESS',
            'HZ_OVERDUE_MAJOR', 'ACC_COUNT', 'ACC_DEATHS', 'ACC_LARGER_COUNT', 'DL_FALSIFIED', 'ACC_CONCEALED'])[1 + ((i - 2) / 4) % 15] end
         as metric
from generate_series(1, :indicators) i;
alter table as_leaf add column linear boolean;
update as_leaf set linear = metric like '%RATE' or metric like '%COVERAGE' or metric like '%PARTICIPATION'
    or metric = 'DR_FINDINGS_CLOSED' or metric = 'RPT_TIMELINESS';

create temp table as_item on commit drop as
select l.code as leaf, 'C' || n as code, '检查项' || n as text,
       (case when n = 1 and l.max_points = 2.0 then 1.0 else 0.5 end)::numeric as points
from as_leaf l, generate_series(1, 3) n where l.method = 'CHECKLIST';

create temp table as_definition on commit drop as
select jsonb_build_object(
    'baseTotal', 100, 'processWeight', null, 'resultWeight', null, 'rescale', false, 'bonusCap', 3, 'decimals', 2,
    'targetGroups', jsonb_build_array(jsonb_build_object('code', 'TOWNSHIP', 'name', '乡镇（街道）', 'tier', null,
        'orgKind', 'REGION', 'orgIds', null)),
    'indicators',
      (select jsonb_agg(jsonb_build_object('code', 'P' || p, 'parent', null, 'name', '考核项目' || p, 'maxPoints', null,
           'type', null, 'method', null, 'deductionRules', null, 'metricCode', null, 'mapping', null, 'checklist', null,
           'scoringOrgIds', null, 'evidenceRequired', false, 'appliesToGroups', null, 'citation', null) order by p)
       from generate_series(1, (:indicators + 9) / 10) p)
      || (select jsonb_agg(jsonb_build_object('code', l.code, 'parent', l.parent, 'name', '考核指标' || l.i,
           'maxPoints', l.max_points, 'type', case when l.method = 'AUTO_METRIC' then 'RESULT' else 'PROCESS' end,
           'method', l.method,
           'deductionRules', case when l.method = 'MANUAL_DEDUCT' then jsonb_build_array(
               jsonb_build_object('code', 'R1', 'when', '未按要求开展的扣0.5分', 'points', 0.5, 'perOccurrence', false),
               jsonb_build_object('code', 'R2', 'when', '每发现一处问题扣0.25分', 'points', 0.25, 'perOccurrence', true)) end,
           'metricCode', l.metric,
           'mapping', case when l.method <> 'AUTO_METRIC' then null
               when l.linear then jsonb_build_object('kind', 'LINEAR', 'steps', null, 'zeroAt', 0.5, 'fullAt', 1.0, 'perUnit', null)
               else jsonb_build_object('kind', 'DEDUCT_PER_UNIT', 'steps', null, 'zeroAt', null, 'fullAt', null, 'perUnit', 0.5) end,
           'checklist', case when l.method = 'CHECKLIST' then (select jsonb_agg(jsonb_build_object('code', c.code, 'text', c.text,
               'points', c.points) order by c.code) from as_item c where c.leaf = l.code) end,
           'scoringOrgIds', case when l.method = 'DEPARTMENT_SCORED' then
               jsonb_build_array((select id from as_dept where k = 1 + l.i % 6)) end,
           'evidenceRequired', l.method = 'MANUAL_DEDUCT', 'appliesToGroups', null, 'citation', null) order by l.i)
         from as_leaf l),
    'gradeBands', jsonb_build_array(
        jsonb_build_object('code', 'EXCELLENT', 'label', '优秀', 'lowerBound', 90),
        jsonb_build_object('code', 'GOOD', 'label', '良好', 'lowerBound', 80),
        jsonb_build_object('code', 'PASS', 'label', '合格', 'lowerBound', 60),
        jsonb_build_object('code', 'FAIL', 'label', '不合格', 'lowerBound', 0)),
    'vetoRules', jsonb_build_array(
        jsonb_build_object('code', 'V1', 'name', '发生重大及以上生产安全事故', 'manual', false, 'metric', 'ACC_MAJOR_COUNT',
            'comparison', 'GE', 'threshold', 1, 'thresholdMetric', null, 'effect', 'SCORE_ZERO', 'citation', null),
        jsonb_build_object('code', 'V2', 'name', '瞒报谎报生产安全事故', 'manual', true, 'metric', null, 'comparison', null,
            'threshold', null, 'thresholdMetric', null, 'effect', 'GRADE_LOWEST', 'citation', null)),
    'adjustmentRules', jsonb_build_array(
        jsonb_build_object('code', 'B1', 'kind', 'BONUS', 'name', '受到市级通报表扬', 'points', 1, 'maxTotal', 2, 'steps', 0,
            'metric', null, 'citation', null),
        jsonb_build_object('code', 'D1', 'kind', 'DEDUCTION', 'name', '被通报批评', 'points', 0.5, 'maxTotal', 1, 'steps', 0,
            'metric', 'NOTICE_CRITICISM', 'citation', null),
        jsonb_build_object('code', 'F1', 'kind', 'FALSIFICATION_DOWNGRADE', 'name', '弄虚作假', 'points', null, 'maxTotal', null,
            'steps', 1, 'metric', null, 'citation', null)),
    'consequenceRules', '[]'::jsonb,
    'deadlines', null) as definition;

-- ------------------------------------------------------------------ schemes
create temp table as_scheme on commit drop as
select gen_random_uuid() as id, y,
       case when y <= 2024 then 'CLOSED' when y = 2025 then 'REVIEWING' else 'SELF_ASSESSMENT' end as status,
       make_date(y, 1, 15)::timestamptz as opened_at,
       case when y <= 2025 then make_date(y + 1, 1, 5)::timestamptz end as frozen_at
from generate_series(2022, 2026) y;

insert into assessment_scheme (id, issuer_org_id, scope_path, title, year, period, series, doc_number, revision, status, definition,
                               created_by_subject, created_by_name, published_at, opened_at, frozen_at, objection_due,
                               results_doc_number, version, created_at, updated_at)
select s.id, d.id, d.path, '考核区' || s.y || '年度乡镇（街道）安全生产工作考核细则', s.y, 'YEAR', 'KH-TOWNSHIP',
       '考核安委〔' || s.y || '〕1号', 1, s.status, (select definition from as_definition), 'bench-loader', '压测',
       s.opened_at - interval '5 days', s.opened_at, s.frozen_at,
       case when s.y <= 2024 then make_date(s.y + 1, 2, 20) end,
       case when s.y <= 2024 then '考核安委〔' || (s.y + 1) || '〕9号' end, 0, s.opened_at - interval '10 days', now()
from as_scheme s, org d where d.code = '529701';

insert into assessment_scheme_event (scheme_id, at, actor_subject, actor_name, action, from_status, to_status, reason, data)
select s.id, s.opened_at, 'bench-loader', '压测', 'OPEN', 'PUBLISHED', 'SELF_ASSESSMENT', null, null from as_scheme s;

-- ------------------------------------------------------------------ assessments
create temp table as_a on commit drop as
select gen_random_uuid() as id, s.id as scheme_id, s.y, s.status as scheme_status, s.opened_at, s.frozen_at, t.id as target_id,
       t.path, t.t
from as_scheme s, as_target t;

-- ------------------------------------------------------------------ metric snapshots
create temp table as_snap on commit drop as
select gen_random_uuid() as id, a.scheme_id, a.target_id, a.id as assessment_id, a.y, m.metric, r.reason,
       case r.reason when 'OPEN' then a.opened_at when 'START_REVIEW' then a.frozen_at
            else coalesce(a.frozen_at, a.opened_at) + interval '30 days' end as computed_at,
       (case
          when m.metric in ('HZ_CLOSURE_RATE', 'HZ_ONTIME_RATE', 'HZ_SELFCHECK_PARTICIPATION', 'DR_KEY_COVERAGE', 'DR_FINDINGS_CLOSED',
                            'DL_SIGN_RATE', 'DL_FULFILMENT_RATE', 'ENT_ALLSTAFF_COVERAGE', 'RPT_TIMELINESS')
            then round((0.45 + random() * 0.55)::numeric, 2)
          when m.metric = 'DR_OWN_MET' then (random() < 0.9)::int
          when m.metric = 'ACC_MAJOR_COUNT' then (random() < 0.01)::int
          when m.metric = 'ACC_MAX_LEVEL' then floor(random() ^ 4 * 3)
          when m.metric = 'ACC_COUNT_CEILING' then 5
          when m.metric = 'ACC_DEATHS_CEILING' then 3
          else floor(random() ^ 3 * 4)
        end)::numeric(16, 6) as value
from as_a a
cross join unnest(array['HZ_CLOSURE_RATE', 'HZ_ONTIME_RATE', 'HZ_OVERDUE_MAJOR', 'HZ_SELFCHECK_PARTICIPATION', 'DR_KEY_COVERAGE',
    'DR_OWN_MET', 'DR_FINDINGS_CLOSED', 'DL_SIGN_RATE', 'DL_FULFILMENT_RATE', 'DL_FALSIFIED', 'ENT_ALLSTAFF_COVERAGE', 'ACC_COUNT',
    'ACC_DEATHS', 'ACC_LARGER_COUNT', 'ACC_MAJOR_COUNT', 'ACC_MAX_LEVEL', 'ACC_CONCEALED', 'ACC_COUNT_CEILING', 'ACC_DEATHS_CEILING',
    'RPT_TIMELINESS', 'NOTICE_CRITICISM']) as m(metric)
cross join unnest(array['OPEN', 'START_REVIEW', 'RECOMPUTE']) as r(reason)
where (r.reason <> 'START_REVIEW' or a.frozen_at is not null)
  and (r.reason <> 'RECOMPUTE' or a.t % 10 = 3);

insert into assessment_metric_snapshot (id, scheme_id, target_org_id, metric, period_from, period_to, as_of, value, inputs,
                                        inputs_hash, reason, comment, computed_at, computed_by)
select n.id, n.scheme_id, n.target_id, n.metric, make_date(n.y, 1, 1), make_date(n.y + 1, 1, 1),
       case when n.reason = 'OPEN' then n.computed_at::date else make_date(n.y, 12, 31) end, n.value,
       jsonb_build_object('bench', true, 'value', n.value), md5(n.id::text) || md5(n.metric || n.value),
       n.reason, case when n.reason = 'RECOMPUTE' then '事故补录后重新计算' end, n.computed_at, '压测'
from as_snap n;

-- the snapshot in force per assessment and metric: the latest at or before the freeze (the latest while not frozen)
create temp table as_force on commit drop as
select distinct on (n.assessment_id, n.metric) n.assessment_id, n.metric, n.value
from as_snap n join as_a a on a.id = n.assessment_id
where a.frozen_at is null or n.computed_at <= a.frozen_at
order by n.assessment_id, n.metric, n.computed_at desc, n.id;

-- ------------------------------------------------------------------ values (every version kept)
-- per assessment and leaf: what its latest value of each kind says, and how many versions came before it
create temp table as_lv on commit drop as
select a.id as assessment_id, a.y, a.scheme_status, a.opened_at, a.target_id, l.code, l.i, l.method, l.max_points,
       1 + (random() < 0.5)::int + (random() < 0.2)::int as versions,
       -- MANUAL_DEDUCT: R1 applied or not, R2 occurrences (0..6 so a few floor at 0)
       random() < 0.3 as r1, floor(random() ^ 2 * 7)::int as r2,
       -- CHECKLIST: which items are met (bit mask of three)
       floor(random() * 8)::int as mask,
       -- DEPARTMENT_SCORED: the share of the maximum (0.6 .. 1.0)
       (6 + floor(random() * 5))::numeric / 10 as share,
       random() < 0.05 as reviewed, random() < 0.2 as withdrawn, (floor(random() * 5))::numeric / 4 as review_share
from as_a a, as_leaf l;

create temp table as_val on commit drop as
-- SELF of manual and checklist leaves: earlier versions say something else, the last one what as_lv says
select v.assessment_id, 'SELF' as kind, v.code,
       case when v.method = 'MANUAL_DEDUCT' then
         case when n < v.versions then jsonb_build_array(jsonb_build_object('rule', 'R2', 'occurrences', n, 'setBy', null, 'evidence', '[]'::jsonb))
              else (case when v.r1 then jsonb_build_array(jsonb_build_object('rule', 'R1', 'occurrences', 1, 'setBy', null, 'evidence', '[]'::jsonb))
                         else '[]'::jsonb end)
                   || (case when v.r2 > 0 then jsonb_build_array(jsonb_build_object('rule', 'R2', 'occurrences', v.r2, 'setBy', null,
                         'evidence', '[]'::jsonb)) else '[]'::jsonb end) end end as deductions,
       case when v.method = 'CHECKLIST' then
         case when n < v.versions then array['C1']::varchar(40)[]
              else array(select 'C' || b from generate_series(1, 3) b where v.mask & (1 << (b - 1)) <> 0)::varchar(40)[] end end as checklist,
       null::numeric as points, null::int as occurrences, case when n < v.versions then '初稿' end as reason,
       case when v.method = 'MANUAL_DEDUCT' then array[gen_random_uuid()] else '{}'::uuid[] end as evidence,
       v.target_id::text as set_by_subject, '考核区' || v.code || '填报人' as set_by_name, v.target_id as set_by_org_id,
       v.opened_at + (n * 7 + v.i % 20) * interval '1 day' + (v.i * interval '1 minute') as set_at, false as withdrawn
from as_lv v, generate_series(1, 3) n
where v.method in ('MANUAL_DEDUCT', 'CHECKLIST') and n <= v.versions
union all
-- DEPARTMENT points (not yet in the self-assessing year): 1-2 versions
select v.assessment_id, 'DEPARTMENT', v.code, null, null,
       case when n < least(v.versions, 2) then v.max_points / 2 else v.max_points * v.share end, null,
       case when n < least(v.versions, 2) then '初评' else '复核后评分' end, '{}'::uuid[],
       d.id::text, '部门评分人', d.id, v.opened_at + interval '120 days' + n * interval '3 days' + v.i * interval '1 minute', false
from as_lv v join as_dept d on d.k = 1 + v.i % 6, generate_series(1, 2) n
where v.method = 'DEPARTMENT_SCORED' and v.scheme_status <> 'SELF_ASSESSMENT' and n <= least(v.versions, 2)
union all
-- REVIEW overrides on ~5 % of leaves, a fifth of them withdrawn again
select v.assessment_id, 'REVIEW', v.code, null, null, case when n = 1 then v.max_points * v.review_share end, null,
       case when n = 1 then '复核：佐证材料不足，调整得分' else '撤回：补充材料后恢复原分' end, '{}'::uuid[],
       'admin', '考核组', null, v.opened_at + interval '130 days' + n * interval '1 day' + v.i * interval '1 minute', n = 2
from as_lv v, generate_series(1, 2) n
where v.reviewed and v.scheme_status <> 'SELF_ASSESSMENT' and (n = 1 or v.withdrawn);

-- adjustments (a bonus on ~10 %) and manual vetoes (~0.5 %), set in the review
create temp table as_extra on commit drop as
select a.id as assessment_id, a.opened_at, a.scheme_status, random() < 0.1 as bonus, 1 + floor(random() * 3)::int as occurrences,
       random() < 0.005 as vetoed
from as_a a;
insert into as_val
select e.assessment_id, 'ADJUSTMENT', 'B1', null::jsonb, null::varchar(40)[], null::numeric, e.occurrences, '市级通报表扬', '{}'::uuid[], 'admin', '考核组', null::uuid,
       e.opened_at + interval '140 days', false
from as_extra e where e.bonus and e.scheme_status <> 'SELF_ASSESSMENT'
union all
select e.assessment_id, 'VETO', 'V2', null::jsonb, null::varchar(40)[], null::numeric, null::int, '经调查确认瞒报', '{}'::uuid[], 'admin', '考核组', null::uuid,
       e.opened_at + interval '141 days', false
from as_extra e where e.vetoed and e.scheme_status <> 'SELF_ASSESSMENT';


-- ------------------------------------------------------------------ the score, as the app computes it
-- the latest value of each kind per leaf; a withdrawal takes it back
create temp table as_latest on commit drop as
select * from (select distinct on (assessment_id, kind, code) * from as_val order by assessment_id, kind, code, set_at desc) x
where not withdrawn;

create temp table as_leafpts on commit drop as
select v.assessment_id, v.code,
       coalesce(r.points, case v.method
         when 'MANUAL_DEDUCT' then greatest(v.max_points - coalesce((select sum(case d->>'rule' when 'R1' then 0.5 else 0.25 end
                                       * (d->>'occurrences')::int) from jsonb_array_elements(s.deductions) d), 0), 0)
         when 'CHECKLIST' then least(coalesce((select sum(c.points) from as_item c where c.leaf = v.code and c.code = any(s.checklist)), 0),
                                     v.max_points)
         when 'DEPARTMENT_SCORED' then coalesce(p.points, 0)
         else coalesce((select case when l.linear then least(greatest((f.value - 0.5) * v.max_points / 0.5, 0), v.max_points)
                                    else greatest(v.max_points - 0.5 * f.value, 0) end
                        from as_leaf l join as_force f on f.metric = l.metric and f.assessment_id = v.assessment_id
                        where l.code = v.code), 0)
       end) as points
from as_lv v
left join as_latest s on s.assessment_id = v.assessment_id and s.code = v.code and s.kind = 'SELF'
left join as_latest p on p.assessment_id = v.assessment_id and p.code = v.code and p.kind = 'DEPARTMENT'
left join as_latest r on r.assessment_id = v.assessment_id and r.code = v.code and r.kind = 'REVIEW';

create temp table as_total on commit drop as
select a.id, a.scheme_id, a.scheme_status, t.total,
       case when veto_lowest then 'FAIL' when t.total >= 90 then 'EXCELLENT' when t.total >= 80 then 'GOOD'
            when t.total >= 60 then 'PASS' else 'FAIL' end as grade,
       veto_zero or veto_lowest as vetoed
from as_a a
cross join lateral (
  select coalesce((select f.value >= 1 from as_force f where f.assessment_id = a.id and f.metric = 'ACC_MAJOR_COUNT'), false) as veto_zero,
         exists (select 1 from as_latest v where v.assessment_id = a.id and v.kind = 'VETO') as veto_lowest,
         (select sum(points) from as_leafpts p where p.assessment_id = a.id) as base,
         least(least(coalesce((select sum(occurrences) from as_latest v where v.assessment_id = a.id and v.kind = 'ADJUSTMENT'), 0), 2), 3)
           as bonus,
         least(0.5 * coalesce((select floor(f.value) from as_force f where f.assessment_id = a.id and f.metric = 'NOTICE_CRITICISM'), 0), 1)
           as deduction) x
cross join lateral (
  select round(case when x.veto_zero then 0 else least(greatest(x.base + x.bonus - x.deduction, 0), 103) end, 2) as total) t;

insert into assessment (id, scheme_id, target_org_id, group_code, scope_path, issuer_path, status, signed_by_name, signed_by_subject,
                        self_submitted_at, self_due, preliminary_at, objection_due, total, grade, rank_in_group, award_bar, plan_due,
                        version, created_at, updated_at)
select a.id, a.scheme_id, a.target_id, 'TOWNSHIP', a.path, (select path from org where code = '529701'),
       case a.scheme_status when 'CLOSED' then 'FINAL' when 'REVIEWING' then 'REVIEWED' else 'SELF_ASSESSING' end,
       case when a.scheme_status <> 'SELF_ASSESSMENT' then '街道主任' || a.t end,
       case when a.scheme_status <> 'SELF_ASSESSMENT' then 'bench-target-' || a.t end,
       case when a.scheme_status <> 'SELF_ASSESSMENT' then a.opened_at + interval '60 days' end, null,
       case when a.scheme_status = 'CLOSED' then make_date(a.y + 1, 2, 10)::timestamptz end,
       case when a.scheme_status = 'CLOSED' then make_date(a.y + 1, 2, 20) end,
       t.total, t.grade,
       case when a.scheme_status = 'CLOSED' then rank() over (partition by a.scheme_id order by t.vetoed, t.total desc) end,
       t.vetoed, null, 3, a.opened_at, a.opened_at + interval '150 days'
from as_a a join as_total t on t.id = a.id;

insert into assessment_value (assessment_id, kind, code, deductions, checklist, points, occurrences, reason, evidence, set_by_subject,
                              set_by_name, set_by_org_id, set_at, withdrawn)
select assessment_id, kind, code, deductions, checklist, points, occurrences, reason, evidence, set_by_subject, set_by_name,
       set_by_org_id, set_at, withdrawn
from as_val order by set_at, assessment_id, code;

insert into assessment_event (assessment_id, at, actor_subject, actor_name, action, from_status, to_status, reason, data)
select a.id, a.opened_at, 'bench-loader', '压测', 'CREATE', null, 'NOT_STARTED', null,
       jsonb_build_object('schemeId', a.scheme_id, 'group', 'TOWNSHIP') from as_a a
union all
select a.id, a.opened_at + interval '1 day', 'bench-target-' || a.t, '街道主任' || a.t, 'START', 'NOT_STARTED', 'SELF_ASSESSING', null, null
from as_a a
union all
select a.id, a.opened_at + interval '150 days', 'admin', '考核组', 'COMPLETE_REVIEW', 'UNDER_REVIEW', 'REVIEWED', null, null
from as_a a where a.scheme_status <> 'SELF_ASSESSMENT';

commit;

analyze org;
analyze assessment_scheme;
analyze assessment;
analyze assessment_value;
analyze assessment_metric_snapshot;
analyze assessment_event;

select s.year, s.status, count(distinct a.id) as assessments,
       (select count(*) from assessment_value v join assessment x on x.id = v.assessment_id where x.scheme_id = s.id) as values,
       (select count(*) from assessment_metric_snapshot m where m.scheme_id = s.id) as snapshots,
       round(avg(a.total), 2) as avg_total, min(a.total) as min_total, max(a.total) as max_total
from assessment_scheme s join assessment a on a.scheme_id = s.id where s.series = 'KH-TOWNSHIP'
group by s.id, s.year, s.status order by s.year;
