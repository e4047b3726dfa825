import { vi } from 'vitest';

type Handler = (request: Request, url: URL) => Response | Promise<Response>;

export interface ApiStub {
  /** Every request the app sent, in order. */
  requests: Request[];
  /** Replaces the handler for "METHOD /path" (path without query). */
  on: (route: string, handler: Handler) => void;
}

export function json(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  headers.set('Content-Type', 'application/json');
  return new Response(JSON.stringify(body), { ...init, headers });
}

export function problem(status: number, body: Record<string, unknown>): Response {
  return new Response(JSON.stringify({ status, ...body }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

/** Stubs fetch at the network boundary: the app's real client, middleware and parsing all run. */
export function stubApi(routes: Record<string, Handler>): ApiStub {
  const handlers = new Map(Object.entries(routes));
  const requests: Request[] = [];
  const fetchStub = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    requests.push(request.clone());
    const url = new URL(request.url);
    const handler = handlers.get(`${request.method} ${url.pathname}`);
    if (!handler) return problem(404, { title: 'Not Found', detail: `no stub for ${request.method} ${url.pathname}` });
    return handler(request, url);
  });
  vi.stubGlobal('fetch', fetchStub);
  return {
    requests,
    on: (route, handler) => {
      handlers.set(route, handler);
    },
  };
}
