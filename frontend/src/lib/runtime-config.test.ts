import { describe, expect, it } from 'vitest';
import { parseRuntimeConfig } from './runtime-config';

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
});
