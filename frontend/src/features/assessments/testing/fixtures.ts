import { http } from 'msw';
import { json } from '@/test/http';
import type { Projection, ProjectionItem, UnitAssessment, VetoWarning } from '../api/outlook';
import type { Assessment, ExplainedScore, Scheme, SchemeDefinition, ValueEntry } from '../api/types';

export const schemeId = '11111111-1111-4111-8111-111111111111';
export const assessmentId = '22222222-2222-4222-8222-222222222222';
export const townshipId = 'org-huaguoyuan';

export const definitionFixture = (over: Partial<SchemeDefinition> = {}): SchemeDefinition => ({
  baseTotal: 100,
  bonusCap: 5,
  rescale: false,
  targetGroups: [{ code: 'TOWNSHIP', name: '乡镇（街道）', tier: null, orgKind: 'REGION', orgIds: [] }],
  indicators: [
    { code: '1', parent: null, name: '组织领导', maxPoints: 60 },
    {
      code: '1.1',
      parent: '1',
      name: '安委会会议',
      maxPoints: 30,
      type: 'PROCESS',
      method: 'MANUAL_DEDUCT',
      evidenceRequired: true,
      deductionRules: [{ code: 'M1', when: '未按季度召开安委会会议', points: 5, perOccurrence: true }],
      appliesToGroups: [],
    },
    {
      code: '1.2',
      parent: '1',
      name: '责任清单签订',
      maxPoints: 30,
      type: 'PROCESS',
      method: 'AUTO_METRIC',
      metricCode: 'DL_SIGN_RATE',
      mapping: { kind: 'LINEAR', zeroAt: 0.5, fullAt: 1 },
      appliesToGroups: [],
    },
    {
      code: '2',
      parent: null,
      name: '宣传教育',
      maxPoints: 40,
      type: 'RESULT',
      method: 'CHECKLIST',
      evidenceRequired: true,
      checklist: [
        { code: 'C1', text: '开展安全生产月活动', points: 20 },
        { code: 'C2', text: '设立宣传栏', points: 20 },
      ],
      appliesToGroups: [],
    },
  ],
  gradeBands: [
    { code: 'EXCELLENT', label: '优秀', lowerBound: 90 },
    { code: 'GOOD', label: '良好', lowerBound: 80 },
    { code: 'PASS', label: '合格', lowerBound: 60 },
    { code: 'FAIL', label: '不合格', lowerBound: 0 },
  ],
  vetoRules: [{ code: 'V1', name: '发生重大及以上生产安全事故', manual: false, metric: 'ACC_MAJOR_COUNT', comparison: 'GE', threshold: 1, effect: 'GRADE_LOWEST' }],
  adjustmentRules: [{ code: 'B1', kind: 'BONUS', name: '受到市级通报表扬', points: 1, maxTotal: 2 }],
  consequenceRules: [{ code: 'R1', trigger: 'CONSECUTIVE_GRADE', grade: 'FAIL', count: 2, action: 'INTERVIEW', addressee: 'PRINCIPAL_LEADER', dueOffsetDays: 30 }],
  deadlines: { periodEnd: '2026-12-31', selfAssessmentDue: '2027-01-05', reviewDue: '2027-01-20', objectionDays: 5, publishBy: '2027-01-31' },
  ...over,
});

export const schemeFixture = (over: Partial<Scheme> = {}): Scheme => ({
  id: schemeId,
  issuerOrgId: 'org-nanming',
  issuerName: '南明区安委会',
  title: '2026年度乡镇（街道）安全生产工作考核细则',
  year: 2026,
  period: 'YEAR',
  periodEnd: '2026-12-31',
  series: 'TOWNSHIP',
  docNumber: null,
  revision: 1,
  status: 'DRAFT',
  definition: definitionFixture(),
  groupPoints: [{ group: 'TOWNSHIP', leafPoints: 100 }],
  publicationIssues: [],
  allowedActions: ['PUBLISH'],
  createdBy: '张安全',
  publishedAt: null,
  openedAt: null,
  version: 1,
  createdAt: '2026-11-01T02:00:00Z',
  updatedAt: '2026-11-01T02:00:00Z',
  ...over,
});

export const assessmentFixture = (over: Partial<Assessment> = {}): Assessment => ({
  id: assessmentId,
  schemeId,
  targetOrgId: townshipId,
  targetOrgName: '花果园街道',
  group: 'TOWNSHIP',
  status: 'SELF_ASSESSING',
  signedBy: null,
  selfSubmittedAt: null,
  selfDue: null,
  preliminaryAt: null,
  objectionDue: null,
  total: 85,
  grade: 'GOOD',
  rank: null,
  awardBar: false,
  planDue: null,
  rectification: null,
  allowedActions: [],
  version: 3,
  createdAt: '2026-12-01T02:00:00Z',
  updatedAt: '2026-12-01T02:00:00Z',
  ...over,
});

export const valueFixture = (over: Partial<ValueEntry> = {}): ValueEntry => ({
  seq: 1,
  kind: 'SELF',
  code: '1.1',
  deductions: [{ rule: 'M1', occurrences: 1 }],
  checklistMet: [],
  points: null,
  occurrences: null,
  reason: '第三季度会议延期',
  evidence: ['att-1'],
  withdrawn: false,
  setBy: '李街道',
  setAt: '2026-12-05T02:00:00Z',
  ...over,
});

export const explainedFixture = (assessment: Assessment = assessmentFixture(), values: ValueEntry[] = [valueFixture()]): ExplainedScore => ({
  assessment,
  values,
  snapshots: [
    {
      id: 'snap-1',
      schemeId,
      orgId: townshipId,
      code: 'DL_SIGN_RATE',
      label: '责任清单签订率',
      unit: 'RATE',
      from: '2026-01-01',
      to: '2027-01-01',
      asOf: '2026-12-01',
      value: 0.9,
      inputs: {},
      inputsHash: 'a'.repeat(64),
      reason: 'OPEN',
      comment: null,
      computedAt: '2026-12-01T02:00:00Z',
      computedBy: 'system',
      inForce: true,
    },
  ],
  score: {
    targetId: townshipId,
    group: 'TOWNSHIP',
    leaves: [
      { code: '1.1', maxPoints: 30, computed: 25, points: 25, overridden: false, missing: false },
      { code: '1.2', maxPoints: 30, computed: 24, points: 24, overridden: false, missing: false },
      { code: '2', maxPoints: 40, computed: 0, points: 0, overridden: false, missing: false },
    ],
    base: 49,
    scaled: 49,
    bonusRaw: 0,
    bonus: 0,
    deductions: 0,
    totalRaw: 49,
    total: 49,
    bandGrade: 'FAIL',
    downgradeSteps: 0,
    grade: 'FAIL',
    vetoes: [],
    awardBar: false,
    rank: null,
    trace: [
      { step: 'LEAF', indicator: '1.1', source: 'RULE', ref: 'M1', points: -5, setBy: '李街道 2026-12-05T02:00:00Z', evidence: ['att-1'], note: null },
      { step: 'LEAF', indicator: '1.2', source: 'SNAPSHOT', ref: 'snap-1', points: 24, setBy: null, evidence: [], note: null },
    ],
  },
});

export const assessmentHandlers = {
  scheme: (s: Scheme) => http.get(`/api/v1/assessment-schemes/${s.id}`, () => json(s, { headers: { ETag: `"${String(s.version)}"` } })),
  schemes: (items: Scheme[]) => http.get('/api/v1/assessment-schemes', () => json({ items, nextCursor: null })),
  history: (id: string, items: unknown[] = []) => http.get(`/api/v1/assessment-schemes/${id}/history`, () => json({ items })),
  assessments: (items: Assessment[]) => http.get('/api/v1/assessments', () => json({ items })),
  assessment: (a: Assessment) => http.get(`/api/v1/assessments/${a.id}`, () => json(a, { headers: { ETag: `"${String(a.version)}"` } })),
  score: (e: ExplainedScore) => http.get(`/api/v1/assessments/${e.assessment.id}/score`, () => json(e)),
  /** The board's batched read: the explained scores of the scheme, one page per item (to show the paging). */
  scores: (items: ExplainedScore[], onPage: () => void = () => undefined) =>
    http.get('/api/v1/assessments/scores', ({ request }) => {
      onPage();
      const cursor = Number(new URL(request.url).searchParams.get('cursor') ?? '0');
      return json({ items: items.slice(cursor, cursor + 1), nextCursor: cursor + 1 < items.length ? String(cursor + 1) : null });
    }),
};

/** One item of the live projection: 1.1 can still move by default. */
export const projectionItemFixture = (over: Partial<ProjectionItem> = {}): ProjectionItem => ({
  code: '1.1',
  name: '安委会会议',
  method: 'MANUAL_DEDUCT',
  maxPoints: 30,
  points: 25,
  live: false,
  metric: null,
  metricValue: null,
  snapshotValue: null,
  canMove: true,
  pointsToGain: 5,
  pointsToLose: 25,
  ...over,
});

export const warningFixture = (over: Partial<VetoWarning> = {}): VetoWarning => ({
  kind: 'CONTROL_INDICATOR',
  level: 'WARNING',
  message: '事故起数已达控制指标 10 的 80%',
  controlMetric: 'ACC_COUNT',
  ceiling: 10,
  actual: 8,
  percent: 80,
  listId: null,
  hazardId: null,
  hazardCode: null,
  deadline: null,
  daysOverdue: null,
  supervised: null,
  assessmentId: null,
  schemeId: null,
  vetoRule: null,
  metric: null,
  threshold: null,
  ...over,
});

export const projectionFixture = (over: Partial<Projection> = {}): Projection => ({
  assessmentId,
  schemeId,
  targetOrgId: townshipId,
  targetOrgName: '花果园街道',
  status: 'SELF_ASSESSING',
  periodFrom: '2026-01-01',
  periodTo: '2026-12-31',
  asOf: '2026-12-04',
  daysLeft: 28,
  frozen: false,
  total: 78.5,
  grade: 'PASS',
  gradeLabel: '合格',
  vetoed: false,
  snapshotTotal: 76,
  snapshotGrade: 'PASS',
  nextGrade: 'GOOD',
  pointsToNextGrade: 1.5,
  items: [
    projectionItemFixture(),
    projectionItemFixture({ code: '1.2', name: '责任清单签订', method: 'AUTO_METRIC', live: true, metric: 'DL_SIGN_RATE', metricValue: 0.9, points: 24, maxPoints: 40, pointsToGain: 16, pointsToLose: 24 }),
    projectionItemFixture({ code: '2', name: '宣传教育', method: 'CHECKLIST', canMove: false, points: 40, maxPoints: 40, pointsToGain: 0, pointsToLose: 0 }),
  ],
  vetoes: [],
  warnings: [],
  ...over,
});

export const unitAssessmentFixture = (over: Partial<Assessment> = {}): UnitAssessment => ({
  assessment: assessmentFixture(over),
  schemeTitle: '2026年度乡镇（街道）安全生产工作考核',
  year: 2026,
  period: 'YEAR',
  schemeStatus: 'SELF_ASSESSMENT',
});

/** The leader's reads (MSW): the own unit's assessments, a projection, the warnings without an assessment. */
export const outlookHandlers = {
  mine: (items: UnitAssessment[]) => http.get('/api/v1/assessments/mine', () => json({ items })),
  projection: (p: Projection) => http.get(`/api/v1/assessments/${p.assessmentId}/projection`, () => json(p)),
  warnings: (items: VetoWarning[]) =>
    http.get('/api/v1/veto-warnings', () => json({ orgId: townshipId, orgName: '花果园街道', asOf: '2026-12-04', items })),
};
