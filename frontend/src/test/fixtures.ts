import type { Capability, Me } from '@/lib/session';

/** What /me answers for a demo user of each role (CapabilitiesTest checks the server against its routes). */
const demoCapabilities: Record<string, readonly Capability[]> = {
  admin: ['REPORT_HAZARDS', 'PUSH_HAZARDS', 'ACT_ON_HAZARDS', 'SUPERVISE_HAZARDS', 'VIEW_HAZARD_STATS', 'VIEW_STATUTORY_REPORT', 'UPLOAD_ATTACHMENTS', 'EDIT_ORGS', 'MANAGE_POSTS', 'VIEW_AUDIT', 'ISSUE_LISTS', 'ACT_ON_LISTS', 'MANAGE_LIST_TEMPLATES', 'RECORD_FULFILMENT', 'REVIEW_FULFILMENT', 'VERIFY_FULFILMENT', 'PUSH_FULFILMENT', 'RECORD_ACCIDENTS', 'PUSH_ACCIDENTS', 'VIEW_CONTROL_STATUS', 'MANAGE_DRILLS', 'VIEW_DUTY_REPORTS', 'EXPORT_DUTY_DOSSIER', 'MANAGE_REQUIREMENT_RULES', 'WAIVE_OBLIGATIONS', 'ACT_ON_DRILLS', 'MANAGE_EVALUATION_TEMPLATES'],
  safety_office: ['REPORT_HAZARDS', 'ACT_ON_HAZARDS', 'SUPERVISE_HAZARDS', 'VIEW_HAZARD_STATS', 'VIEW_STATUTORY_REPORT', 'UPLOAD_ATTACHMENTS', 'EDIT_ORGS', 'MANAGE_POSTS', 'VIEW_AUDIT', 'ISSUE_LISTS', 'ACT_ON_LISTS', 'RECORD_FULFILMENT', 'REVIEW_FULFILMENT', 'VERIFY_FULFILMENT', 'RECORD_ACCIDENTS', 'VIEW_CONTROL_STATUS', 'MANAGE_DRILLS', 'VIEW_DUTY_REPORTS', 'EXPORT_DUTY_DOSSIER', 'WAIVE_OBLIGATIONS', 'ACT_ON_DRILLS'],
  department: ['REPORT_HAZARDS', 'ACT_ON_HAZARDS', 'SUPERVISE_HAZARDS', 'VIEW_HAZARD_STATS', 'VIEW_STATUTORY_REPORT', 'UPLOAD_ATTACHMENTS', 'ISSUE_LISTS', 'ACT_ON_LISTS', 'RECORD_FULFILMENT', 'REVIEW_FULFILMENT', 'VIEW_CONTROL_STATUS', 'MANAGE_DRILLS', 'VIEW_DUTY_REPORTS', 'EXPORT_DUTY_DOSSIER', 'ACT_ON_DRILLS'],
  enterprise: ['REPORT_HAZARDS', 'ACT_ON_HAZARDS', 'VIEW_STATUTORY_REPORT', 'UPLOAD_ATTACHMENTS', 'MANAGE_POSTS', 'ISSUE_LISTS', 'ACT_ON_LISTS', 'RECORD_FULFILMENT', 'REVIEW_FULFILMENT', 'MANAGE_DRILLS', 'EXPORT_DUTY_DOSSIER', 'ACT_ON_DRILLS', 'ACT_ON_ACCOUNTABILITY', 'VIEW_UNIT_OUTLOOK'],
  inspector: ['REPORT_HAZARDS', 'ACT_ON_HAZARDS', 'UPLOAD_ATTACHMENTS', 'ACT_ON_LISTS', 'RECORD_FULFILMENT', 'VERIFY_FULFILMENT', 'ACT_ON_DRILLS'],
  leader: ['VIEW_HAZARD_STATS', 'VIEW_STATUTORY_REPORT', 'UPLOAD_ATTACHMENTS', 'ACT_ON_LISTS', 'RECORD_FULFILMENT', 'VIEW_CONTROL_STATUS', 'VIEW_DUTY_REPORTS', 'EXPORT_DUTY_DOSSIER', 'ACT_ON_DRILLS', 'ACT_ON_ACCOUNTABILITY', 'VIEW_UNIT_OUTLOOK'],
  integration: ['REPORT_HAZARDS', 'PUSH_HAZARDS', 'UPLOAD_ATTACHMENTS', 'PUSH_FULFILMENT', 'PUSH_ACCIDENTS'],
};

export function capabilitiesOf(roles: readonly string[]): Capability[] {
  return [...new Set(roles.flatMap((role) => demoCapabilities[role] ?? []))];
}

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
      zoneKind: null,
      departmentKind: null,
      parentId: null,
      ancestors: [],
      industries: [],
      industry: null,
      employees: null,
      highRisk: false,
      emergencyKeyUnit: false,
      emergencyKeyCategory: null,
      riskColor: null,
      riskClass: null,
      address: null,
      version: 1,
      createdAt: '2024-01-01T00:00:00Z',
      updatedAt: '2024-01-01T00:00:00Z',
      ...org,
    },
    roles,
    capabilities: capabilitiesOf(roles),
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

type Hazard = import('@/api/schema').components['schemas']['Hazard'];

export function hazardFixture(overrides: Partial<Hazard> = {}): Hazard {
  return {
    id: 'hz-1',
    code: 'YH-2026-000001',
    title: '配电箱未接地',
    description: '三号楼施工现场临时配电箱外壳未做保护接地',
    level: 'GENERAL',
    category: 'ELECTRICAL',
    industry: 'CONSTRUCTION',
    enterprise: { id: 'ent-1', code: '91520102001004484X', name: '贵州黔城建设工程有限公司', kind: 'ENTERPRISE' },
    territory: { id: 'grid-1', code: '520102001001-G01', name: '花果园一社区第1网格', kind: 'REGION' },
    locationText: '三号楼东侧',
    latitude: null,
    longitude: null,
    source: 'INSPECTION',
    discoveredBy: '王巡查',
    discoveredAt: '2026-03-01T02:00:00Z',
    externalRef: null,
    responsibleUnit: '贵州黔城建设工程有限公司',
    responsiblePerson: null,
    rectificationMeasures: null,
    deadline: null,
    state: 'REPORTED',
    overdue: false,
    escalatedTo: null,
    fiveMusts: null,
    supervision: null,
    pendingExtension: null,
    acceptance: null,
    rejectionReason: null,
    duplicateOfCode: null,
    effectiveness: null,
    closedAt: null,
    attachments: [],
    allowedActions: [],
    version: 1,
    createdAt: '2026-03-01T02:00:00Z',
    updatedAt: '2026-03-01T02:00:00Z',
    ...overrides,
  };
}
