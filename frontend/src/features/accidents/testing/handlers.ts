import { http } from 'msw';
import { json } from '@/test/http';
import type { Accident, AccidentEvent, ControlIndicatorStatus } from '../api/types';

/** The accident and control-status routes as the tests answer them (MSW). */
export const accidentHandlers = {
  list: (items: Accident[], nextCursor: string | null = null) => http.get('/api/v1/accidents', () => json({ items, nextCursor })),
  /** The accident with its ETag (its version). */
  detail: (a: Accident) => http.get(`/api/v1/accidents/${a.id}`, () => json(a, { headers: { ETag: `"${a.version}"` } })),
  history: (id: string, items: AccidentEvent[]) => http.get(`/api/v1/accidents/${id}/history`, () => json({ items })),
  create: (created: Accident) => http.post('/api/v1/accidents', () => json(created, { status: 201, headers: { ETag: `"${created.version}"` } })),
  correct: (corrected: Accident) =>
    http.put(`/api/v1/accidents/${corrected.id}`, () => json(corrected, { headers: { ETag: `"${corrected.version}"` } })),
  control: (status: ControlIndicatorStatus) => http.get('/api/v1/control-indicator-status', () => json(status)),
};
