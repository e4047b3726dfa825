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

/** Loaded at start-up so one build runs against any Keycloak and API. */
export async function loadRuntimeConfig(url = '/config.json'): Promise<RuntimeConfig> {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return parseRuntimeConfig(await response.json());
}
