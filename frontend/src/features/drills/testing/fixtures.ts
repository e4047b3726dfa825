import type { Drill, DrillEvaluation, DrillFinding, DrillEvent, DrillObligation, EmergencyPlan, EvaluationTemplate, TimelineEntry, YearPlan } from '../api/types';

export function planFixture(overrides: Partial<EmergencyPlan> = {}): EmergencyPlan {
  return {
    id: 'plan-1',
    orgId: 'ent-1',
    kind: 'ONSITE',
    title: '塔吊倒塌现场处置方案',
    scenarioTypes: ['起重伤害'],
    planVersion: '2025版',
    effectiveDate: '2025-03-01',
    filingNo: '520102-2025-017',
    lastReviewDate: null,
    version: 2,
    createdAt: '2025-03-01T00:00:00Z',
    updatedAt: '2025-03-01T00:00:00Z',
    ...overrides,
  };
}

export function obligationFixture(overrides: Partial<DrillObligation> = {}): DrillObligation {
  return {
    id: 'obl-1',
    ruleId: 'rule-1',
    ruleCode: 'ENT_ONSITE',
    ruleTitle: '生产经营单位每半年至少组织一次现场处置方案演练',
    citation: '生产安全事故应急预案管理办法 第33条',
    qualifier: 'planKind=ONSITE',
    mustReportTo: null,
    periodType: 'HALF_YEAR',
    periodKey: '2026-H2',
    periodFirst: '2026-07-01',
    periodLast: '2026-12-31',
    required: 1,
    counted: 0,
    status: 'AT_RISK',
    daysLeft: 29,
    reasonZh: '2026年下半年现场处置方案演练（生产安全事故应急预案管理办法 第33条）应演练1次，尚无记录；还剩29天',
    reasonEn: '2026 H2 on-site drill owed under art. 33; none recorded; 29 days left',
    ...overrides,
  };
}

export function drillFixture(overrides: Partial<Drill> = {}): Drill {
  return {
    id: 'drill-1',
    orgId: 'ent-1',
    title: '塔吊倒塌现场处置演练',
    form: 'LIVE',
    scope: 'SINGLE',
    status: 'CONDUCTED',
    conductedOn: '2026-06-10',
    terminationReason: null,
    plans: [{ id: 'plan-1', kind: 'ONSITE', title: '塔吊倒塌现场处置方案' }],
    countsFor: ['ENT_ONSITE'],
    version: 1,
    createdAt: '2026-06-10T08:00:00Z',
    plannedOn: '2026-06-10',
    originalPlannedOn: null,
    yearPlanId: null,
    purpose: null,
    scenario: null,
    objectives: [],
    roles: { commander: null, planner: null, evaluators: [], delegates: [] },
    plannedHeadcount: null,
    actualHeadcount: 40,
    highRisk: false,
    affectsPublic: false,
    evaluationPlanned: false,
    actualStart: null,
    actualEnd: null,
    cancelReason: null,
    files: [],
    allowedActions: [],
    missingDocuments: [],
    externalRef: null,
    reportedToRegulatorAt: null,
    // the tests answer GET /evaluation themselves (404 while none), as the server would be asked
    evaluationEntered: true,
    ...overrides,
  };
}

/** A planned drill being prepared: the work plan is still missing, so only postpone, cancel and attach are allowed. */
export function preparingDrillFixture(overrides: Partial<Drill> = {}): Drill {
  return drillFixture({
    id: 'drill-2',
    title: '消防疏散综合演练',
    scope: 'COMPREHENSIVE',
    status: 'PREPARING',
    conductedOn: null,
    plannedOn: '2026-12-20',
    originalPlannedOn: '2026-12-20',
    countsFor: [],
    actualHeadcount: null,
    plannedHeadcount: 80,
    roles: { commander: { name: '张建国', subject: null }, planner: null, evaluators: [{ name: '李敏', subject: null }], delegates: [] },
    allowedActions: ['POSTPONE', 'CANCEL', 'ATTACH'],
    missingDocuments: ['WORK_PLAN', 'SCRIPT'],
    ...overrides,
  });
}

export function timelineEntryFixture(overrides: Partial<TimelineEntry> = {}): TimelineEntry {
  return {
    id: 'entry-1',
    drillId: 'drill-2',
    clientId: 'client-0001',
    kind: 'INJECT',
    text: '13:00 发出火情警报',
    occurredAt: '2026-12-20T05:00:00Z',
    recordedAt: '2026-12-20T05:00:05Z',
    author: '王评估',
    attachmentIds: [],
    ...overrides,
  };
}

export function drillEventFixture(overrides: Partial<DrillEvent> = {}): DrillEvent {
  return { seq: 1, at: '2026-12-01T02:00:00Z', actor: '黔城安全员', action: 'PLAN', fromState: null, toState: 'PLANNED', comment: null, data: null, ...overrides };
}

export function yearPlanFixture(overrides: Partial<YearPlan> = {}): YearPlan {
  return {
    id: 'yp-1',
    orgId: 'ent-1',
    year: 2027,
    title: '2027年度应急演练计划',
    status: 'DRAFT',
    items: [{ title: '塔吊倒塌现场处置演练', month: 5, form: 'LIVE', scope: 'SINGLE', purpose: 'VERIFY', planIds: ['plan-1'], mustShowSteps: '警报、疏散、清点人数' }],
    drills: [],
    allowedActions: ['SUBMIT'],
    version: 1,
    createdAt: '2026-12-01T00:00:00Z',
    ...overrides,
  };
}

/** A small evaluation template: one preparation item answered yes/no, two execution items scored. */
export function evaluationTemplateFixture(overrides: Partial<EvaluationTemplate> = {}): EvaluationTemplate {
  return {
    id: 'tpl-1',
    code: 'AQ9009',
    version: 1,
    latest: true,
    title: '生产安全事故应急演练评估表（准备与实施）',
    citation: 'AQ/T 9009-2015 附录A、附录B',
    definition: {
      groups: [
        { code: 'PLANNING', dimension: 'PREPARATION', title: '演练策划与设计', titleEn: 'Planning and design' },
        { code: 'WARNING', dimension: 'EXECUTION', title: '预警与信息报告', titleEn: 'Warning and reporting' },
      ],
      items: [
        { code: 'A1.1', group: 'PLANNING', method: 'YES_NO', weight: 2, text: '演练目标明确，针对性强，符合本单位实际', textEn: null },
        { code: 'B1.1', group: 'WARNING', method: 'SCORED', weight: 10, text: '及时发出预警并按程序报告', textEn: null },
        { code: 'B1.2', group: 'WARNING', method: 'SCORED', weight: 5, text: '信息发布及时准确', textEn: null },
      ],
      gradeBands: [
        { minScore: 0, title: '不合格', titleEn: 'Fail' },
        { minScore: 60, title: '合格', titleEn: 'Pass' },
        { minScore: 85, title: '优秀', titleEn: 'Excellent' },
      ],
    },
    createdAt: '2026-12-01T00:00:00Z',
    ...overrides,
  };
}

export function evaluationFixture(overrides: Partial<DrillEvaluation> = {}): DrillEvaluation {
  return {
    id: 'eval-1',
    drillId: 'drill-1',
    orgId: 'ent-1',
    template: { id: 'tpl-1', code: 'AQ9009', version: 1, title: '生产安全事故应急演练评估表（准备与实施）' },
    team: [{ name: '王敏', org: '贵州安评咨询有限公司', kind: 'THIRD_PARTY', lead: true }],
    answers: [{ code: 'A1.1', result: 'YES', score: null, note: null, evidence: null }],
    selfAssessments: [],
    debrief: null,
    strengths: null,
    conclusion: null,
    totalScore: 100,
    preparationScore: 100,
    executionScore: null,
    grade: { title: '优秀', titleEn: 'Excellent' },
    missing: ['B1.1', 'B1.2', 'conclusion', 'signedBy'],
    submitted: false,
    signedBy: null,
    signedAt: null,
    version: 3,
    updatedAt: '2026-06-11T08:00:00Z',
    ...overrides,
  };
}

export function findingFixture(overrides: Partial<DrillFinding> = {}): DrillFinding {
  return {
    id: 'f-1',
    drillId: 'drill-1',
    evaluationId: 'eval-1',
    orgId: 'ent-1',
    number: 1,
    category: 'RESOURCES',
    severity: 'GENERAL',
    description: '应急照明不足，疏散通道末端光线昏暗',
    cause: '应急灯未定期检查',
    recommendation: '更换应急灯并每月检查',
    action: { kind: 'HAZARD_TICKET', ownerOrgId: 'ent-1', ownerPerson: '李工', deadline: '2026-07-10' },
    ownerOrgName: '贵州黔城建设工程有限公司',
    status: 'OPEN',
    overdue: false,
    resolved: false,
    hazardTicket: null,
    doneNote: null,
    evidence: [],
    verifiedBy: null,
    verifiedAt: null,
    allowedActions: ['START', 'CONVERT'],
    version: 1,
    createdAt: '2026-06-12T03:00:00Z',
    ...overrides,
  };
}
