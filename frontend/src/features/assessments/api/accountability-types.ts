import type { components } from '@/api/schema';

type S = components['schemas'];

export type AccountabilityAction = S['AccountabilityAction'];
export type AccountabilityType = S['AccountabilityType'];
export type AccountabilityStatus = S['AccountabilityStatus'];
export type AccountabilityVerb = S['AccountabilityVerb'];
export type AccountabilityTransition = S['AccountabilityTransition'];
export type AccountabilityEvent = S['AccountabilityEvent'];
export type AccountabilityFact = S['AccountabilityFact'];
export type PersonFlag = S['PersonFlag'];

export interface VersionedAction {
  action: AccountabilityAction;
  etag: string | null;
}

/** The kinds of action in the order officials name them: 约谈 first. */
export const accountabilityTypes: readonly AccountabilityType[] = [
  'INTERVIEW',
  'WARNING_INTERVIEW',
  'CIRCULAR_CRITICISM',
  'EXPLANATION',
  'WRITTEN_REVIEW',
  'RECTIFICATION_PLAN',
  'ADMONITION',
];

export const accountabilityStatuses: readonly AccountabilityStatus[] = ['PROPOSED', 'ISSUED', 'RESPONDED', 'CLOSED', 'ESCALATED', 'WITHDRAWN'];

/** The register's actions in button order. */
export const accountabilityVerbs: readonly AccountabilityVerb[] = ['ISSUE', 'RESPOND', 'CLOSE', 'ESCALATE', 'WITHDRAW'];

/** Open: still to be issued, answered or accepted. */
export function isOpen(status: AccountabilityStatus): boolean {
  return status === 'PROPOSED' || status === 'ISSUED' || status === 'RESPONDED';
}
