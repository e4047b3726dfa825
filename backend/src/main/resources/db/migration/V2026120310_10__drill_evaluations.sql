-- Emergency drills, part 4 (DOMAIN-LISTS-DRILLS-ASSESSMENTS.md §3.3 DrillEvaluation, §3.4 submit_evaluation, close,
-- report_to_regulator, reopen): evaluation templates as data, the evaluation of a held drill, and the drill states
-- EVALUATED and CLOSED. A drill evaluated or closed was held: it counts as it did when CONDUCTED (or, terminated
-- first, as a TERMINATED drill: its termination reason stays on the row).

-- Evaluation templates (AQ/T 9009 annex A/B checklists, GB/T 46792): versioned, never changed once written; an admin
-- adds a version. The groups, items and grade bands are one JSON document checked by the service.
create table drill_evaluation_template (
    id                 uuid          primary key,
    code               varchar(40)   not null,
    version            integer       not null check (version >= 1),
    title              varchar(200)  not null,
    citation           varchar(500)  not null,
    definition         jsonb         not null,
    created_by_subject varchar(255)  not null,
    created_by_name    varchar(255),
    created_at         timestamptz   not null,
    constraint drill_evaluation_template_version unique (code, version)
);

-- One evaluation per drill: a draft while the drill is CONDUCTED or TERMINATED, sealed (signed_at) when the drill
-- moves to EVALUATED, never changed afterwards.
create table drill_evaluation (
    id                 uuid          primary key,
    drill_id           uuid          not null unique references drill (id),
    org_id             uuid          not null references org (id),
    template_id        uuid          not null references drill_evaluation_template (id),
    team               jsonb         not null default '[]',
    answers            jsonb         not null default '[]',
    self_assessments   jsonb         not null default '[]',
    debrief            varchar(4000),
    conclusion         varchar(24)   check (conclusion in ('ACHIEVED', 'PARTIAL', 'NOT_ACHIEVED_REDRILL')),
    strengths          varchar(4000),
    total_score        numeric(5, 2),
    signed_by          varchar(100),
    signed_at          timestamptz,
    signed_by_subject  varchar(255),
    version            bigint        not null default 0,
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null
);
create index drill_evaluation_org_idx on drill_evaluation (org_id);

alter table drill drop constraint drill_status_check;
alter table drill add constraint drill_status_check
    check (status in ('PLANNED', 'PREPARING', 'READY', 'IN_PROGRESS', 'CONDUCTED', 'TERMINATED', 'EVALUATED', 'CLOSED',
                      'CANCELLED'));
-- a terminated drill keeps its reason when it is evaluated and closed
alter table drill drop constraint drill_termination_reason;
alter table drill add constraint drill_termination_reason
    check ((status <> 'TERMINATED' or termination_reason is not null)
           and (termination_reason is null or status in ('TERMINATED', 'EVALUATED', 'CLOSED')));
alter table drill drop constraint drill_planned_has_day;
alter table drill add constraint drill_planned_has_day
    check (status in ('CONDUCTED', 'TERMINATED', 'EVALUATED', 'CLOSED') or planned_on is not null);
alter table drill add column reported_to_regulator_at timestamptz;

-- AQ/T 9009-2015 annex A (preparation) and annex B (execution), as the published enterprise forms carry them: the
-- preparation items answered yes/no, the execution items scored; the total is the share of the points of the
-- answered items (NA left out), in percent. Wording paraphrased from published forms (≈): a region adds its own version.
insert into drill_evaluation_template (id, code, version, title, citation, definition, created_by_subject, created_by_name,
                                       created_at) values
('5d2f7a40-0001-4e60-8b21-000000000001', 'AQ9009', 1, '生产安全事故应急演练评估表（准备与实施）',
 'AQ/T 9009-2015《生产安全事故应急演练评估规范》附录A、附录B；GB/T 46792-2025 附录D', $json$
{"groups": [
  {"code": "PLANNING", "dimension": "PREPARATION", "title": "演练策划与设计", "titleEn": "Planning and design"},
  {"code": "DOCUMENTS", "dimension": "PREPARATION", "title": "演练文件编制", "titleEn": "Drill documents"},
  {"code": "SUPPORT", "dimension": "PREPARATION", "title": "演练保障", "titleEn": "Drill support"},
  {"code": "WARNING", "dimension": "EXECUTION", "title": "预警与信息报告", "titleEn": "Warning and reporting"},
  {"code": "MOBILISATION", "dimension": "EXECUTION", "title": "紧急动员", "titleEn": "Emergency mobilisation"},
  {"code": "MONITORING", "dimension": "EXECUTION", "title": "事故监测与研判", "titleEn": "Monitoring and assessment"},
  {"code": "COMMAND", "dimension": "EXECUTION", "title": "指挥和协调", "titleEn": "Command and coordination"},
  {"code": "RESPONSE", "dimension": "EXECUTION", "title": "事故处置", "titleEn": "Incident response"},
  {"code": "RESOURCES", "dimension": "EXECUTION", "title": "应急资源管理", "titleEn": "Resource management"},
  {"code": "COMMUNICATION", "dimension": "EXECUTION", "title": "应急通讯", "titleEn": "Emergency communication"},
  {"code": "PUBLIC_INFO", "dimension": "EXECUTION", "title": "信息公开", "titleEn": "Public information"},
  {"code": "PROTECTION", "dimension": "EXECUTION", "title": "人员保护", "titleEn": "Protection of people"},
  {"code": "CORDON", "dimension": "EXECUTION", "title": "警戒与管制", "titleEn": "Cordon and control"},
  {"code": "MEDICAL", "dimension": "EXECUTION", "title": "医疗救护", "titleEn": "Medical rescue"},
  {"code": "RECOVERY", "dimension": "EXECUTION", "title": "现场控制及恢复", "titleEn": "Site control and recovery"}],
 "items": [
  {"code": "A1.1", "group": "PLANNING", "method": "YES_NO", "weight": 2, "text": "演练目标明确，针对性强，符合本单位实际", "textEn": "Objectives are clear, specific and fit the unit"},
  {"code": "A1.2", "group": "PLANNING", "method": "YES_NO", "weight": 2, "text": "演练情景设计合理，与演练目标相适应", "textEn": "The scenario is sound and fits the objectives"},
  {"code": "A1.3", "group": "PLANNING", "method": "YES_NO", "weight": 2, "text": "演练形式、规模、参演人员与演练目标相适应", "textEn": "Form, scale and participants fit the objectives"},
  {"code": "A2.1", "group": "DOCUMENTS", "method": "YES_NO", "weight": 2, "text": "演练工作方案内容完整，职责分工明确", "textEn": "The work plan is complete and assigns duties"},
  {"code": "A2.2", "group": "DOCUMENTS", "method": "YES_NO", "weight": 2, "text": "演练脚本（流程）清晰，时间节点明确", "textEn": "The script is clear with its times"},
  {"code": "A2.3", "group": "DOCUMENTS", "method": "YES_NO", "weight": 2, "text": "评估方案及评估标准明确，评估人员经过培训", "textEn": "Evaluation plan and criteria are set; evaluators trained"},
  {"code": "A2.4", "group": "DOCUMENTS", "method": "YES_NO", "weight": 2, "text": "演练安全保障方案及应急处置措施落实", "textEn": "Safety plan and contingency measures in place"},
  {"code": "A3.1", "group": "SUPPORT", "method": "YES_NO", "weight": 2, "text": "人员、经费、场地、物资器材保障到位", "textEn": "People, funds, site and materials provided"},
  {"code": "A3.2", "group": "SUPPORT", "method": "YES_NO", "weight": 2, "text": "通信保障可靠，备用通信手段落实", "textEn": "Communication reliable with a fallback"},
  {"code": "B1.1", "group": "WARNING", "method": "SCORED", "weight": 8, "text": "及时发现事故征兆并按程序报警、报告，信息准确完整", "textEn": "Signs noticed, alarm raised and reported on time, accurately"},
  {"code": "B2.1", "group": "MOBILISATION", "method": "SCORED", "weight": 6, "text": "应急响应启动及时，人员、队伍按要求集结到位", "textEn": "Response started on time; teams assembled as required"},
  {"code": "B3.1", "group": "MONITORING", "method": "SCORED", "weight": 6, "text": "对事故态势监测到位，研判准确，处置方案及时调整", "textEn": "Situation monitored and judged correctly; plan adjusted in time"},
  {"code": "B4.1", "group": "COMMAND", "method": "SCORED", "weight": 10, "text": "现场指挥部及时成立，指挥权明确，指令清晰", "textEn": "Command post set up in time; clear command and orders"},
  {"code": "B4.2", "group": "COMMAND", "method": "SCORED", "weight": 6, "text": "各参演单位协调联动顺畅", "textEn": "Participating units coordinate smoothly"},
  {"code": "B5.1", "group": "RESPONSE", "method": "SCORED", "weight": 12, "text": "处置程序符合预案要求，措施得当，操作规范", "textEn": "Response follows the plan with proper measures and handling"},
  {"code": "B6.1", "group": "RESOURCES", "method": "SCORED", "weight": 6, "text": "应急物资、装备调用及时，满足处置需要", "textEn": "Supplies and equipment brought in time and sufficient"},
  {"code": "B7.1", "group": "COMMUNICATION", "method": "SCORED", "weight": 6, "text": "通信畅通，信息传递及时准确", "textEn": "Communication works; information passed on accurately"},
  {"code": "B8.1", "group": "PUBLIC_INFO", "method": "SCORED", "weight": 4, "text": "按规定及时、准确发布信息，舆情应对得当", "textEn": "Information published on time and accurately"},
  {"code": "B9.1", "group": "PROTECTION", "method": "SCORED", "weight": 6, "text": "人员疏散、避险及自身防护措施正确到位", "textEn": "Evacuation, shelter and self-protection done correctly"},
  {"code": "B10.1", "group": "CORDON", "method": "SCORED", "weight": 4, "text": "警戒区域设置合理，现场及交通管制有效", "textEn": "Cordon set sensibly; site and traffic control effective"},
  {"code": "B11.1", "group": "MEDICAL", "method": "SCORED", "weight": 4, "text": "伤员救护、转运及时规范", "textEn": "Casualties treated and moved in time and properly"},
  {"code": "B12.1", "group": "RECOVERY", "method": "SCORED", "weight": 4, "text": "现场恢复与善后措施得当，应急结束程序规范", "textEn": "Site restored; stand-down done properly"}],
 "gradeBands": [
  {"minScore": 90, "title": "优秀", "titleEn": "Excellent"},
  {"minScore": 75, "title": "良好", "titleEn": "Good"},
  {"minScore": 60, "title": "合格", "titleEn": "Pass"},
  {"minScore": 0, "title": "不合格", "titleEn": "Fail"}]}
$json$, 'system:migration', '系统', now());
