import { http, type HttpHandler } from 'msw';
import { recordRequests, server } from './server';

export { json, problem } from './http';

type Handler = (request: Request, url: URL) => Response | Promise<Response>;

export interface ApiStub {
  /** Every request the app sent, in order. */
  requests: Request[];
  /** Replaces the handler for "METHOD /path" (path without query). */
  on: (route: string, handler: Handler) => void;
}

const methods = { GET: http.get, POST: http.post, PUT: http.put, DELETE: http.delete, PATCH: http.patch } as const;

function handler(route: string, answer: Handler): HttpHandler {
  const [method, path] = route.split(' ') as [keyof typeof methods, string];
  // Any origin: the API is same-origin, the sign-in server is not.
  return methods[method](`*${path}`, ({ request }) => answer(request, new URL(request.url)));
}

/** Answers "METHOD /path" routes through the test server (MSW), for a test's own one-off answers. */
export function stubApi(routes: Record<string, Handler>): ApiStub {
  const requests = recordRequests();
  server.use(...Object.entries(routes).map(([route, answer]) => handler(route, answer)));
  return {
    requests,
    on: (route, answer) => {
      server.use(handler(route, answer));
    },
  };
}
