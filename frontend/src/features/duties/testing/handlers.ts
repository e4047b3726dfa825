import { http } from 'msw';
import { json } from '@/test/http';
import type { MyDuty } from '../api/get-my-duties';
import type { RequirementRule } from '../api/types';

/** The duty routes as the tests answer them (MSW). */
export const dutyHandlers = {
  myDuties: (items: readonly MyDuty[], today = '2026-12-10') => http.get('/api/v1/duty-reports/my-duties', () => json({ today, items })),
  rules: (items: readonly RequirementRule[]) => http.get('/api/v1/requirement-rules', () => json({ items })),
};
