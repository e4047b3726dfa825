import { can, type Me } from '@/lib/session';
import type { HazardFilters } from '../api/get-hazards';
import { openStates, type Hazard } from '../api/types';

/**
 * 我的待办 as list filters. There is no "actionable" filter in the API, so the states come from the
 * workflow table: supervisors confirm (REPORTED) and accept (PENDING_ACCEPTANCE); an enterprise works
 * its open tickets; an inspector follows its grid's open tickets. The scope does the rest.
 */
export function taskFilters(me: Me | undefined): HazardFilters {
  if (can(me, 'SUPERVISE_HAZARDS')) return { state: ['REPORTED', 'PENDING_ACCEPTANCE'], sort: 'deadline' };
  return { state: [...openStates], sort: 'deadline' };
}

/** An inspector (field work for a region) sees every open ticket of its grid; others only those they can act on now. */
export function isTask(me: Me, hazard: Hazard): boolean {
  if (!can(me, 'SUPERVISE_HAZARDS') && me.org.kind === 'REGION') return true;
  return hazard.allowedActions.length > 0;
}
