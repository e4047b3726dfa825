import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadRuntimeConfig, parseRuntimeConfig } from './runtime-config';

describe('runtime config', () => {
  it('accepts the config.json shape and defaults apiBase to same origin', () => {
    expect(
      parseRuntimeConfig({ oidcAuthority: 'http://localhost:8180/realms/redline', oidcClientId: 'redline-spa' }),
    ).toEqual({ oidcAuthority: 'http://localhost:8180/realms/redline', oidcClientId: 'redline-spa', apiBase: '' });
  });

  it('refuses a config without an authority or client id', () => {
    expect(() => parseRuntimeConfig({ oidcClientId: 'redline-spa' })).toThrow(/oidcAuthority/);
    expect(() => parseRuntimeConfig({ oidcAuthority: 'x', oidcClientId: '' })).toThrow(/oidcClientId/);
    expect(() => parseRuntimeConfig('nope')).toThrow(/object/);
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    localStorage.clear();
  });

  it('starts offline on the last config it loaded, but never hides an HTTP error', async () => {
    const raw = { oidcAuthority: 'http://kc/realms/redline', oidcClientId: 'redline-spa' };
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    await expect(loadRuntimeConfig()).rejects.toThrow(/Failed to fetch/);

    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response(JSON.stringify(raw))));
    await loadRuntimeConfig();
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    expect((await loadRuntimeConfig()).oidcAuthority).toBe('http://kc/realms/redline');

    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response('', { status: 404 })));
    await expect(loadRuntimeConfig()).rejects.toThrow(/HTTP 404/);
  });
});
