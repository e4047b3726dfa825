import { describe, expect, it } from 'vitest';
import { hazardOpenStateValues } from '@/api/enums';
import { hazardFixture, meFixture } from '@/test/fixtures';
import { isTask, taskFilters } from './task-filters';

describe('open states from the contract', () => {
  it('are the server’s open states, in the loop’s order', () => {
    expect(hazardOpenStateValues).toEqual(['REPORTED', 'CONFIRMED', 'RECTIFYING', 'PENDING_ACCEPTANCE']);
  });

  it('filter the tasks of an enterprise', () => {
    expect(taskFilters(meFixture(['enterprise'], { kind: 'ENTERPRISE' }))).toEqual({ state: [...hazardOpenStateValues], sort: 'deadline' });
    expect(taskFilters(meFixture(['safety_office'])).state).toEqual(['REPORTED', 'PENDING_ACCEPTANCE']);
  });

  it('give an inspector every open ticket of its grid and others what they can act on', () => {
    const waiting = hazardFixture({ allowedActions: [] });
    expect(isTask(meFixture(['inspector'], { kind: 'REGION', regionLevel: 'GRID' }), waiting)).toBe(true);
    expect(isTask(meFixture(['enterprise'], { kind: 'ENTERPRISE' }), waiting)).toBe(false);
    expect(isTask(meFixture(['safety_office']), waiting)).toBe(false);
    expect(isTask(meFixture(['safety_office']), hazardFixture({ allowedActions: ['CONFIRM'] }))).toBe(true);
  });
});
