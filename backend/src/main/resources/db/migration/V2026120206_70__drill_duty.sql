-- Emergency drills, part 2 (DOMAIN-LISTS-DRILLS-ASSESSMENTS.md §3.2, §3.3): drill duty as data and the drill record
-- that meets it.

-- The default drill rules of §3.2 as requirement rules (§1.2): they stack, each with its citation; a region's admin
-- adds its own (appliesTo.regionId) or ends one (effectiveTo). Qualifiers are read by the drill feature:
-- planKind=<kinds of the exercised plans, | separated>, scope=<SINGLE|COMPREHENSIVE>, form=<TABLETOP|LIVE>, joined by ;.
insert into requirement_rule (id, code, title, capability, applies_to, period_type, min_count, qualifier, must_report_to,
                              jurisdiction, effective_from, citation, created_at) values
    ('3c1e2a10-0001-4d50-9a11-000000000001', 'ENT_CS', '生产经营单位每年至少组织一次综合应急预案演练或者专项应急预案演练',
     'DRILL', '{"orgKinds": ["ENTERPRISE"]}', 'YEAR', 1, 'planKind=COMPREHENSIVE|SPECIAL', null,
     'NATIONAL', '2019-09-01', '生产安全事故应急预案管理办法（应急管理部令第2号）第三十三条', now()),
    ('3c1e2a10-0001-4d50-9a11-000000000002', 'ENT_ONSITE', '生产经营单位每半年至少组织一次现场处置方案演练',
     'DRILL', '{"orgKinds": ["ENTERPRISE"]}', 'HALF_YEAR', 1, 'planKind=ONSITE', null,
     'NATIONAL', '2019-09-01', '生产安全事故应急预案管理办法（应急管理部令第2号）第三十三条', now()),
    ('3c1e2a10-0001-4d50-9a11-000000000003', 'KEY_HALF', '应急重点单位每半年至少组织一次应急预案演练，并将演练情况报送县级以上负有安全生产监督管理职责的部门',
     'DRILL', '{"orgKinds": ["ENTERPRISE"], "emergencyKeyUnit": true}', 'HALF_YEAR', 1, null, 'COUNTY_DEPARTMENT',
     'NATIONAL', '2019-04-01', '生产安全事故应急条例（国务院令第708号）第八条；生产安全事故应急预案管理办法第三十三条', now()),
    ('3c1e2a10-0001-4d50-9a11-000000000004', 'GOV_NAT', '县级以上地方人民政府和乡镇人民政府、街道办事处至少每2年组织一次生产安全事故应急救援预案演练',
     'DRILL', '{"orgKinds": ["REGION"], "regionLevels": ["PROVINCE", "CITY", "DISTRICT", "TOWNSHIP"]}', 'ROLLING_24M', 1, null, null,
     'NATIONAL', '2019-04-01', '生产安全事故应急条例（国务院令第708号）第八条', now()),
    ('3c1e2a10-0001-4d50-9a11-000000000005', 'GOV_NAT_DEPT', '县级以上人民政府负有安全生产监督管理职责的部门至少每2年组织一次生产安全事故应急救援预案演练',
     'DRILL', '{"orgKinds": ["DEPARTMENT"], "departmentKinds": ["COMPREHENSIVE", "SUPERVISING"]}', 'ROLLING_24M', 1, null, null,
     'NATIONAL', '2019-04-01', '生产安全事故应急条例（国务院令第708号）第八条', now()),
    ('3c1e2a10-0001-4d50-9a11-000000000006', 'GOV_LOCAL', '区、镇政府（街道办事处）每年至少组织1次综合性安全生产应急演练',
     'DRILL', '{"orgKinds": ["REGION"], "regionLevels": ["DISTRICT", "TOWNSHIP"]}', 'YEAR', 1, 'scope=COMPREHENSIVE', null,
     'DISTRICT', '2019-01-01', '安全生产领域改革发展实施方案（征求意见稿）（十一）', now()),
    ('3c1e2a10-0001-4d50-9a11-000000000007', 'DEPT_LOCAL', '行业部门每年至少组织1次安全生产应急演练',
     'DRILL', '{"orgKinds": ["DEPARTMENT"], "departmentKinds": ["SUPERVISING", "INDUSTRY_ADMIN"]}', 'YEAR', 1, null, null,
     'DISTRICT', '2019-01-01', '安全生产领域改革发展实施方案（征求意见稿）（十一）', now());

-- A drill, so far as a record of one held (§3.4 record_past): the full workflow (planned → … → conducted) grows on
-- this table. Counted for its organiser when CONDUCTED and its date lies in the period (§3.2); TERMINATED never
-- counts by default.
create table drill (
    id                 uuid         primary key,
    org_id             uuid         not null references org (id),
    title              varchar(200) not null,
    form               varchar(8)   not null check (form in ('TABLETOP', 'LIVE')),
    scope              varchar(14)  not null check (scope in ('SINGLE', 'COMPREHENSIVE')),
    status             varchar(12)  not null check (status in ('CONDUCTED', 'TERMINATED')),
    conducted_on       date         not null,
    termination_reason varchar(20)  check (termination_reason in ('SAFETY_INCIDENT', 'REAL_EMERGENCY', 'OTHER')),
    version            bigint       not null default 0,
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    constraint drill_termination_reason check ((status = 'TERMINATED') = (termination_reason is not null))
);
create index drill_org_idx on drill (org_id, conducted_on desc, id);

-- The emergency plans a drill exercised: their kinds decide which rules it meets (a comprehensive drill that also
-- exercises an on-site plan meets ENT_CS and ENT_ONSITE).
create table drill_plan (
    drill_id uuid not null references drill (id),
    plan_id  uuid not null references emergency_plan (id),
    primary key (drill_id, plan_id)
);
create index drill_plan_plan_idx on drill_plan (plan_id);
