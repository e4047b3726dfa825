import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from '@/api/schema';

export type ApiClient = Client<paths>;

export type AccessTokenSource = () => Promise<string | undefined>;

export function bearerMiddleware(getAccessToken: AccessTokenSource): Middleware {
  return {
    async onRequest({ request }) {
      const token = await getAccessToken();
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      return request;
    },
  };
}

/** apiBase empty means same origin: openapi-fetch needs an absolute base to build requests. */
export function createApiClient(apiBase: string, getAccessToken: AccessTokenSource): ApiClient {
  const client = createClient<paths>({ baseUrl: apiBase || window.location.origin });
  client.use(bearerMiddleware(getAccessToken));
  return client;
}
