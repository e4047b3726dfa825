import { http } from 'msw';
import type { Me } from '@/lib/session';
import { industriesFixture } from './fixtures';
import { json } from './http';

/** The shell's own reads: who the caller is and the industry list every form picks from. */
export const sessionHandlers = {
  me: (me: Me) => http.get('/api/v1/me', () => json(me)),
  industries: (industries = industriesFixture) => http.get('/api/v1/industries', () => json(industries)),
};

/** Org lookups the pages make to name the bare org ids of accidents, plans and drills, and the pickers' search. */
export const orgNameHandlers = (orgs: { id: string; name: string; code: string }[]) => [
  ...orgs.map((org) => http.get(`/api/v1/orgs/${org.id}`, () => json({ ...org, kind: 'REGION', version: 1 }))),
  http.get('/api/v1/orgs', () => json({ items: orgs.map((org) => ({ ...org, kind: 'REGION' })), nextCursor: null })),
];
