import type { MyDuty } from '../api/get-my-duties';
import type { Post } from '../api/get-my-posts';
import type { RequirementRule } from '../api/types';

export function ruleFixture(overrides: Partial<RequirementRule> = {}): RequirementRule {
  return {
    id: 'rule-1',
    code: 'S1-4-DEPT-HEAD-INSPECTION',
    title: '部门主要负责人每季度至少带队检查1次',
    capability: 'DUTY',
    appliesTo: { postKinds: ['DEPT_HEAD'] } as RequirementRule['appliesTo'],
    periodType: 'QUARTER',
    eventDays: null,
    minCount: 1,
    qualifier: null,
    mustReportTo: null,
    graceDays: 5,
    atRiskDays: 30,
    jurisdiction: 'DISTRICT',
    effectiveFrom: '2026-01-01',
    effectiveTo: null,
    citation: 'S1 §4',
    ...overrides,
  };
}

export function myDutyFixture(overrides: Partial<MyDuty> = {}): MyDuty {
  return {
    obligationId: 'ob-1',
    subjectKind: 'POST',
    subjectName: '街道办事处主任',
    orgName: '花果园街道',
    ruleCode: 'S1-4-INSPECTION',
    dutyItemId: null,
    listId: null,
    category: null,
    title: '每季度至少带队检查1次',
    citation: 'S1 §4',
    periodKey: '2026-Q4',
    periodFirst: '2026-10-01',
    periodLast: '2026-12-31',
    required: 1,
    counted: 0,
    status: 'OPEN',
    daysLeft: 21,
    ...overrides,
  };
}

type ResponsibilityList = import('../api/list-types').ResponsibilityList;

export function listFixture(overrides: Partial<ResponsibilityList> = {}): ResponsibilityList {
  return {
    id: 'list-1',
    code: 'QD2026-3F2A9C01',
    lineageId: 'lineage-1',
    versionNo: 1,
    supersedesId: null,
    year: 2026,
    holderKind: 'TERRITORY_TOWNSHIP',
    holderPostId: 'post-hgy',
    holderPostTitle: '街道办事处主任',
    currentHolder: '林晓',
    holderOrg: { id: 'org-hgy', code: '520102001', name: '花果园街道', kind: 'REGION' },
    issuingOrg: { id: 'org-nanming', code: '520102', name: '南明区', kind: 'REGION' },
    templateId: null,
    templateVersion: null,
    title: '花果园街道2026年度安全生产责任清单',
    status: 'PUBLISHED',
    docNumber: '南安委〔2026〕3号',
    effectiveFrom: '2026-01-01',
    effectiveTo: '2026-12-31',
    publicity: 'INTERNAL',
    revisionReason: null,
    returnReason: null,
    publishedAt: '2026-03-01T02:00:00Z',
    signedAt: null,
    atRisk: false,
    items: [
      {
        id: 'item-1',
        itemKey: 'key-1',
        seq: 1,
        category: 'INSPECTION',
        text: '每季度至少带队开展1次安全生产检查',
        legalBasis: ['S1 §4'],
        periodType: 'QUARTER',
        minCount: 1,
        qualifier: null,
        dueDate: null,
        graceDays: 5,
        atRiskDays: 30,
        evidenceSpec: { types: ['PHOTO'], minAttachments: 1, photoRequired: true, gpsRequired: false, counterpartSignature: false, holderMustPerform: true },
        verification: 'MANUAL',
        metricCode: null,
        autoCriteria: null,
      },
    ],
    indicators: [{ id: 'ind-1', metric: 'ACC_DEATHS', ceiling: 1, parentIndicatorId: null, parentCeiling: null }],
    signatures: [],
    handovers: [],
    allowedActions: [],
    createdAt: '2026-02-01T02:00:00Z',
    updatedAt: '2026-03-01T02:00:00Z',
    version: 3,
    ...overrides,
  };
}

export function postFixture(overrides: Partial<Post> = {}): Post {
  return {
    id: 'post-hgy',
    org: { id: 'org-hgy', code: '520102001', name: '花果园街道', kind: 'REGION' },
    title: '街道办事处主任',
    kind: 'TOWNSHIP_HEAD',
    on: '2026-12-10',
    holder: { id: 'pa-1', postId: 'post-hgy', personName: '林晓', personRef: 'linxiao', from: '2024-01-01', to: null, appointmentDoc: '南委任〔2024〕8号', endDoc: null, createdAt: '2024-01-01T00:00:00Z' },
    version: 1,
    createdAt: '2024-01-01T00:00:00Z',
    ...overrides,
  };
}

type FulfilmentRecord = import('../api/record-fulfilment').FulfilmentRecord;

export function recordFixture(overrides: Partial<FulfilmentRecord> = {}): FulfilmentRecord {
  return {
    id: 'rec-1',
    dutyItemId: 'item-1',
    listId: 'list-1',
    periodKey: '2026-Q4',
    holderPostId: 'post-hgy',
    orgId: 'org-hgy',
    issuingOrgId: 'org-nanming',
    date: '2026-10-20',
    place: '花果园市场',
    latitude: 26.5606,
    longitude: 106.6924,
    summary: '带队检查花果园市场',
    performers: [{ postId: 'post-hgy', personName: '林晓', personRef: 'linxiao' }],
    participants: [],
    counterpart: null,
    followUp: null,
    hazardIds: [],
    drillIds: [],
    attachments: [],
    source: 'MANUAL',
    externalRef: null,
    state: 'SUBMITTED',
    late: false,
    enteredBy: '林晓',
    submittedAt: '2026-10-20T08:00:00Z',
    review: null,
    amendsId: null,
    amendmentRequest: null,
    allowedActions: [],
    version: 1,
    createdAt: '2026-10-20T08:00:00Z',
    updatedAt: '2026-10-20T08:00:00Z',
    ...overrides,
  };
}
