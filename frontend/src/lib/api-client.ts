import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from '@/api/schema';

/**
 * The typed client, plus raw requests for what openapi-fetch does not model well (binary uploads and
 * downloads): same base URL, same bearer token.
 */
export interface ApiClient extends Client<paths> {
  raw: (path: string, init?: RequestInit) => Promise<Response>;
}

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

/**
 * The UI's language (i18n keeps <html lang> current), so problems and exports come back in the language the
 * user reads rather than the browser's.
 */
function uiLanguage(): string {
  return document.documentElement.lang || 'zh-CN';
}

export const languageMiddleware: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', uiLanguage());
    return request;
  },
};

/** apiBase empty means same origin: openapi-fetch needs an absolute base to build requests. */
export function createApiClient(apiBase: string, getAccessToken: AccessTokenSource): ApiClient {
  const baseUrl = apiBase || window.location.origin;
  const client = createClient<paths>({ baseUrl });
  client.use(bearerMiddleware(getAccessToken), languageMiddleware);
  const raw = async (path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    const token = await getAccessToken();
    if (token) headers.set('Authorization', `Bearer ${token}`);
    headers.set('Accept-Language', uiLanguage());
    return fetch(new Request(`${baseUrl}${path}`, { ...init, headers }));
  };
  return Object.assign(client, { raw });
}
