import type { Obligation, RequirementRule } from '../api/types';

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

/** Fields the contract is gaining with responsibility lists (an obligation's duty item), spread so either contract accepts them. */
const listFields = { dutyItemKey: null };

export function obligationFixture(overrides: Partial<Obligation> = {}): Obligation {
  return {
    ...listFields,
    id: 'ob-1',
    ruleId: 'rule-1',
    ruleCode: 'S1-4-DEPT-HEAD-INSPECTION',
    citation: 'S1 §4',
    subjectKind: 'ORG',
    subjectId: 'org-nanming',
    orgId: 'org-nanming',
    periodKey: '2026-Q4',
    periodFirst: '2026-10-01',
    periodLast: '2026-12-31',
    required: 1,
    counted: 0,
    late: 0,
    status: 'OPEN',
    finalisedAt: null,
    waiver: null,
    version: 1,
    ...overrides,
  };
}
