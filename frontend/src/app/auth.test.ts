import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './auth';

describe('sign-in return path', () => {
  it('returns to the page where sign-in started', () => {
    expect(safeReturnPath({ returnTo: '/orgs?parentId=42' })).toBe('/orgs?parentId=42');
  });

  it('never leaves the app for another origin', () => {
    expect(safeReturnPath({ returnTo: '//evil.example/' })).toBe('/');
    expect(safeReturnPath({ returnTo: 'https://evil.example/' })).toBe('/');
    expect(safeReturnPath(undefined)).toBe('/');
  });
});
