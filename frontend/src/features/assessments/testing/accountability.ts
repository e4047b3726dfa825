import { http } from 'msw';
import { json } from '@/test/http';
import type { AccountabilityAction, AccountabilityEvent, PersonFlag } from '../api/accountability-types';

export const actionId = '33333333-3333-4333-8333-333333333333';
export const failedAssessmentId = '22222222-2222-4222-8222-222222222222';

export const actionFixture = (over: Partial<AccountabilityAction> = {}): AccountabilityAction => ({
  id: actionId,
  code: 'ZR2026000012',
  type: 'INTERVIEW',
  status: 'ISSUED',
  target: { id: 'org-huaguoyuan', code: '520102001', name: '花果园街道', kind: 'REGION' },
  targetPersons: [{ name: '林晓', postTitle: '街道办事处主任', postId: null }],
  issuer: { id: 'org-nanming', code: '520102', name: '南明区', kind: 'REGION' },
  title: '约谈花果园街道主要负责人',
  reason: '2025年度、2026上半年考核连续2次评定为合格。',
  triggerRule: 'TWICE_PASS',
  facts: [{ kind: 'ASSESSMENT', id: failedAssessmentId, summary: '2026年度考核：合格，第5名' }],
  dueOn: '2026-12-20',
  overdue: false,
  response: null,
  respondedAt: null,
  closingNote: null,
  version: 2,
  createdAt: '2026-12-01T02:00:00Z',
  allowedActions: [],
  personFlags: [],
  documents: [],
  ...over,
});

export const flagFixture = (over: Partial<PersonFlag> = {}): PersonFlag => ({
  id: 'flag-1',
  kind: 'PROMOTION_BAR',
  personName: '林晓',
  postTitle: '街道办事处主任',
  postId: null,
  org: { id: 'org-huaguoyuan', code: '520102001', name: '花果园街道', kind: 'REGION' },
  from: '2026-12-01',
  to: '2027-11-30',
  active: true,
  triggerRule: 'VETO',
  facts: [],
  sourceActionId: actionId,
  createdAt: '2026-12-01T02:00:00Z',
  ...over,
});

export const eventFixture = (over: Partial<AccountabilityEvent> = {}): AccountabilityEvent => ({
  seq: 1,
  at: '2026-12-01T02:00:00Z',
  actor: '后果规则',
  action: 'PROPOSE',
  fromState: null,
  toState: 'PROPOSED',
  comment: null,
  data: { type: 'INTERVIEW', rule: 'TWICE_PASS' },
  ...over,
});

/** The register's routes as the tests answer them (MSW). */
export const accountabilityHandlers = {
  list: (items: AccountabilityAction[], nextCursor: string | null = null) =>
    http.get('/api/v1/accountability-actions', () => json({ items, nextCursor })),
  /** The action with its ETag (its version). */
  detail: (a: AccountabilityAction) =>
    http.get(`/api/v1/accountability-actions/${a.id}`, () => json(a, { headers: { ETag: `"${String(a.version)}"` } })),
  history: (id: string, items: AccountabilityEvent[]) => http.get(`/api/v1/accountability-actions/${id}/history`, () => json({ items })),
  flags: (items: PersonFlag[]) => http.get('/api/v1/person-flags', () => json({ items, nextCursor: null })),
};
