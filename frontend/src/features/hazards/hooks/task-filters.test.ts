import { describe, expect, it } from 'vitest';
import { hazardOpenStateValues } from '@/api/enums';
import { taskFilters } from './task-filters';

describe('open states from the contract', () => {
  it('are the server’s open states, in the loop’s order', () => {
    expect(hazardOpenStateValues).toEqual(['REPORTED', 'CONFIRMED', 'RECTIFYING', 'PENDING_ACCEPTANCE']);
  });

  it('filter the tasks of an enterprise', () => {
    expect(taskFilters(['enterprise'])).toEqual({ state: [...hazardOpenStateValues], sort: 'deadline' });
    expect(taskFilters(['safety_office']).state).toEqual(['REPORTED', 'PENDING_ACCEPTANCE']);
  });
});
