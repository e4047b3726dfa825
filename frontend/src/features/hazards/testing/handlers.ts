import { http } from 'msw';
import { json } from '@/test/http';
import type { Hazard, HazardEvent } from '../api/types';

/** The hazard routes as the tests answer them (MSW); a test adds its own for the one answer it is about. */
export const hazardHandlers = {
  /** The ticket with its ETag (its version). */
  detail: (hazard: Hazard) =>
    http.get(`/api/v1/hazards/${hazard.id}`, () => json(hazard, { headers: { ETag: `"${hazard.version}"` } })),
  history: (id: string, items: readonly HazardEvent[]) => http.get(`/api/v1/hazards/${id}/history`, () => json({ items })),
  list: (items: readonly Hazard[], nextCursor: string | null = null) =>
    http.get('/api/v1/hazards', () => json({ items, nextCursor })),
};
