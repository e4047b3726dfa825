import type { Me } from '@/lib/session';

export function meFixture(roles: string[], org: Partial<Me['org']> = {}): Me {
  return {
    subject: 'sub-1',
    name: '张安全',
    username: 'safety',
    org: {
      id: 'org-nanming',
      code: '520102',
      name: '南明区',
      kind: 'REGION',
      regionLevel: 'DISTRICT',
      parentId: null,
      ancestors: [],
      industries: [],
      industry: null,
      employees: null,
      highRisk: false,
      riskColor: null,
      riskClass: null,
      address: null,
      version: 1,
      createdAt: '2024-01-01T00:00:00Z',
      updatedAt: '2024-01-01T00:00:00Z',
      ...org,
    },
    roles,
    scope: { mode: 'SUBTREE', supervisedIndustries: [] },
  };
}

export const industriesFixture = [
  { code: 'CONSTRUCTION', nameZh: '建筑施工', nameEn: 'Construction', highRisk: true },
  { code: 'GAS', nameZh: '燃气', nameEn: 'Gas', highRisk: false },
];

export function townshipFixture(overrides: Record<string, unknown> = {}) {
  return {
    id: 'org-hgy',
    code: '520102001',
    name: '花果园街道',
    kind: 'REGION',
    regionLevel: 'TOWNSHIP',
    parentId: 'org-nanming',
    ancestors: [{ id: 'org-nanming', code: '520102', name: '南明区', kind: 'REGION' }],
    industries: [],
    industry: null,
    employees: null,
    highRisk: false,
    riskColor: null,
    riskClass: null,
    address: '花果园大街1号',
    version: 1,
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
    ...overrides,
  };
}
