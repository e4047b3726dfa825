import type { components } from '@/api/schema';
import { listActionValues } from '@/api/enums';

export type ResponsibilityList = components['schemas']['ResponsibilityList'];
export type ListSummary = components['schemas']['ResponsibilityListSummary'];
export type ListAction = components['schemas']['ListAction'];
export type ListStatus = components['schemas']['ListStatus'];
export type ListTransition = components['schemas']['ListTransitionInput'];
export type ListEvent = components['schemas']['ListHistoryEntry'];
export type DutyItem = components['schemas']['DutyItem'];

/** The actions a person takes from the action bar, in button order; ACTIVATE and CLOSE are the lists job's, EDIT is the item routes'. */
export const listActions = ['SUBMIT', 'PUBLISH', 'SIGN', 'RETURN', 'REVISE', 'ARCHIVE', 'DISCARD'] as const satisfies readonly ListAction[];
export type ListBarAction = (typeof listActions)[number];

export function isListAction(value: string): value is ListAction {
  return (listActionValues as readonly string[]).includes(value);
}
