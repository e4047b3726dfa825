import { fulfilmentActionValues } from '@/api/enums';
import type { ActionSpecs } from '@/lib/workflow/action-spec';
import type { FulfilmentRecord } from '../api/record-fulfilment';
import type { FulfilmentTransition } from '../api/transition-fulfilment';

/**
 * The record actions a person takes from the desk's action bar, in button order. AMEND takes a corrected record and
 * DISPUTE a verification visit: they have forms of their own, not a comment.
 */
export const recordBarActions = ['ACCEPT', 'REJECT', 'SUBMIT', 'REQUEST_AMENDMENT', 'APPROVE_AMENDMENT', 'CLEAR', 'CONFIRM_FALSIFIED'] as const;
export type RecordBarAction = (typeof recordBarActions)[number];

export interface RecordActionValues {
  comment?: string;
}

/** Actions whose comment is the reason the workflow requires. */
export const recordReasonRequired: ReadonlySet<RecordBarAction> = new Set(['REJECT', 'REQUEST_AMENDMENT', 'CLEAR', 'CONFIRM_FALSIFIED']);

export const recordActionSpecs: ActionSpecs<RecordBarAction, FulfilmentRecord, RecordActionValues> = {
  ACCEPT: { fields: ['comment'], tone: 'primary' },
  REJECT: { fields: ['comment'], tone: 'danger' },
  SUBMIT: { fields: ['comment'], tone: 'primary' },
  REQUEST_AMENDMENT: { fields: ['comment'] },
  APPROVE_AMENDMENT: { fields: ['comment'], tone: 'primary' },
  CLEAR: { fields: ['comment'] },
  CONFIRM_FALSIFIED: { fields: ['comment'], tone: 'danger' },
};

export function isRecordAction(value: string): value is FulfilmentTransition['action'] {
  return (fulfilmentActionValues as readonly string[]).includes(value);
}

export function toRecordTransition(action: RecordBarAction, values: RecordActionValues): FulfilmentTransition {
  const comment = values.comment?.trim();
  return comment ? { action, comment } : { action };
}
