import { http } from 'msw';
import { setupServer } from 'msw/node';
import { problem } from './http';

/**
 * The network boundary of the Vitest tests (Mock Service Worker): the app's real client, middleware and parsing
 * all run. Tests add their routes with `server.use(...)`, usually from a feature's handlers
 * (`src/features/<feature>/testing/handlers.ts`); a request nobody answers is a 404 problem naming it.
 */
export const server = setupServer(
  http.all('*', ({ request }) =>
    problem(404, { title: 'Not Found', detail: `no handler for ${request.method} ${new URL(request.url).pathname}` }),
  ),
);

/** Every request the app sent since the test started, in order. */
export function recordRequests(): Request[] {
  const requests: Request[] = [];
  server.events.on('request:start', ({ request }) => {
    requests.push(request.clone());
  });
  return requests;
}
