import type { Drill, DrillObligation, EmergencyPlan } from '../api/types';

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
    ...overrides,
  };
}
