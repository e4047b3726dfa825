import { http } from 'msw';
import type { Me } from '@/lib/session';
import { industriesFixture } from './fixtures';
import { json } from './http';

/** The shell's own reads: who the caller is and the industry list every form picks from. */
export const sessionHandlers = {
  me: (me: Me) => http.get('/api/v1/me', () => json(me)),
  industries: (industries = industriesFixture) => http.get('/api/v1/industries', () => json(industries)),
};
