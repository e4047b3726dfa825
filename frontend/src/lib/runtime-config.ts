export interface RuntimeConfig {
  oidcAuthority: string;
  oidcClientId: string;
  /** Origin of the API; empty means same origin as the SPA. */
  apiBase: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function parseRuntimeConfig(raw: unknown): RuntimeConfig {
  if (!isRecord(raw)) throw new Error('config.json: expected an object');
  const { oidcAuthority, oidcClientId, apiBase } = raw;
  if (typeof oidcAuthority !== 'string' || oidcAuthority === '') {
    throw new Error('config.json: oidcAuthority is required');
  }
  if (typeof oidcClientId !== 'string' || oidcClientId === '') {
    throw new Error('config.json: oidcClientId is required');
  }
  if (apiBase !== undefined && typeof apiBase !== 'string') {
    throw new Error('config.json: apiBase must be a string');
  }
  return { oidcAuthority, oidcClientId, apiBase: apiBase ?? '' };
}

const LAST_CONFIG = 'redline.config';

/**
 * Loaded at start-up so one build runs against any Keycloak and API. The last good answer is kept so that a
 * tab opened offline (the first page may have loaded before the service worker could cache config.json)
 * still starts; an HTTP error is never masked by it.
 */
export async function loadRuntimeConfig(url = '/config.json'): Promise<RuntimeConfig> {
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-store' });
  } catch (unreachable) {
    const last = localStorage.getItem(LAST_CONFIG);
    if (last === null) throw unreachable;
    return parseRuntimeConfig(JSON.parse(last));
  }
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const raw: unknown = await response.json();
  const config = parseRuntimeConfig(raw);
  localStorage.setItem(LAST_CONFIG, JSON.stringify(raw));
  return config;
}
