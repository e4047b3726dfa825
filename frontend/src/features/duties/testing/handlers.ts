import { http } from 'msw';
import { json } from '@/test/http';
import type { Obligation, RequirementRule } from '../api/types';

/** The duty routes as the tests answer them (MSW). */
export const dutyHandlers = {
  /** The obligations, filtered by subject as the server would. */
  obligations: (items: readonly Obligation[]) =>
    http.get('/api/v1/obligations', ({ request }) => {
      const subjectId = new URL(request.url).searchParams.get('subjectId');
      return json({ items: items.filter((o) => !subjectId || o.subjectId === subjectId), nextCursor: null });
    }),
  rules: (items: readonly RequirementRule[]) => http.get('/api/v1/requirement-rules', () => json({ items })),
};
