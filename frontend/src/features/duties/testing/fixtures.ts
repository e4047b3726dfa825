import type { MyDuty } from '../api/get-my-duties';
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
