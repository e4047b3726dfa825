import type { Accident, AccidentEvent, ControlIndicatorStatus } from '../api/types';

export function accidentFixture(overrides: Partial<Accident> = {}): Accident {
  return {
    id: 'acc-1',
    code: 'SG-2026-000001',
    occurredAt: '2026-03-03T02:00:00Z',
    reportedAt: '2026-03-03T04:30:00Z',
    territoryId: 'org-hgy',
    enterpriseId: 'ent-1',
    industry: 'CONSTRUCTION',
    title: '塔吊倒塌事故',
    description: null,
    deaths: 3,
    seriousInjuries: 0,
    directLossYuan: 1_250_000,
    level: 'LARGER',
    levelReachedBy: ['DEATHS'],
    liability: null,
    reportingIssues: ['LATE'],
    investigationDoc: null,
    attachments: [],
    source: 'MANUAL',
    externalRef: null,
    enteredBy: '张安全',
    version: 1,
    createdAt: '2026-03-03T05:00:00Z',
    updatedAt: '2026-03-03T05:00:00Z',
    ...overrides,
  };
}

export function accidentEventFixture(overrides: Partial<AccidentEvent> = {}): AccidentEvent {
  return { seq: 1, at: '2026-03-03T05:00:00Z', actor: '张安全', action: 'CREATE', reason: null, data: null, ...overrides };
}

export function controlStatusFixture(overrides: Partial<ControlIndicatorStatus> = {}): ControlIndicatorStatus {
  return {
    orgId: 'org-nanming',
    orgName: '南明区',
    year: 2026,
    month: 3,
    asOf: '2026-03-31',
    items: [
      {
        metric: 'ACC_COUNT',
        ceiling: 12,
        actual: 10,
        percent: 83.33,
        level: 'WARNING',
        reason: '事故起数 10 起，已达控制指标 12 的 83.33%，进入预警',
        listId: 'list-1',
        indicatorId: 'ind-1',
        childrenCeilingTotal: 4,
        childrenExceedCeiling: false,
      },
      {
        metric: 'ACC_DEATHS',
        ceiling: 3,
        actual: 4,
        percent: 133.33,
        level: 'EXCEEDED',
        reason: '死亡人数 4 人，超过控制指标 3',
        listId: 'list-1',
        indicatorId: 'ind-2',
        childrenCeilingTotal: 5,
        childrenExceedCeiling: true,
      },
    ],
    ...overrides,
  };
}
