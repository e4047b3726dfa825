import type { components } from '@/api/schema';

type Schemas = components['schemas'];

export type Hazard = Schemas['Hazard'];
export type HazardEvent = Schemas['HazardEvent'];
export type HazardInput = Schemas['HazardInput'];
export type HazardTransition = Schemas['HazardTransition'];
export type HazardState = Schemas['State'];
export type HazardLevel = Schemas['Level'];
export type HazardAction = Schemas['Action'];
export type HazardSource = Schemas['Source'];
export type HazardCategory = Schemas['Category'];
export type RejectionReason = Schemas['RejectionReason'];
export type AcceptorKind = Schemas['AcceptorKind'];
export type SupervisionLevel = Schemas['SupervisionLevel'];

// The vocabularies in display order; the labels live in the label catalog under label.enum.<Schema>.*.
export const hazardStates: readonly HazardState[] = ['REPORTED', 'CONFIRMED', 'RECTIFYING', 'PENDING_ACCEPTANCE', 'CLOSED', 'REJECTED'];
export const openStates: readonly HazardState[] = ['REPORTED', 'CONFIRMED', 'RECTIFYING', 'PENDING_ACCEPTANCE'];
export const hazardLevels: readonly HazardLevel[] = ['GENERAL', 'MAJOR'];
export const hazardSources: readonly HazardSource[] = ['SELF_CHECK', 'INSPECTION', 'PUBLIC_REPORT', 'SPECIAL_CAMPAIGN'];
export const hazardCategories: readonly HazardCategory[] = [
  'EQUIPMENT',
  'OPERATION',
  'ENVIRONMENT',
  'MANAGEMENT',
  'FIRE',
  'ELECTRICAL',
  'HAZMAT_STORAGE',
  'OTHER',
];
export const supervisionLevels: readonly SupervisionLevel[] = ['CITY', 'DISTRICT', 'TOWNSHIP'];
export const acceptorKinds: readonly AcceptorKind[] = ['SUPERVISING_DEPARTMENT', 'THIRD_PARTY'];
export const rejectionReasons: readonly RejectionReason[] = ['NOT_A_HAZARD', 'DUPLICATE'];

/** Every action in the order the buttons appear: the usual next step first. */
export const hazardActions: readonly HazardAction[] = [
  'CONFIRM',
  'FIX_ON_SPOT',
  'SET_FIVE_MUSTS',
  'START_RECTIFICATION',
  'SUBMIT_FOR_ACCEPTANCE',
  'ACCEPT',
  'SEND_BACK',
  'REQUEST_EXTENSION',
  'APPROVE_EXTENSION',
  'REFUSE_EXTENSION',
  'LIST_FOR_SUPERVISION',
  'SIGN_OFF_LISTING',
  'VERIFY_EFFECTIVENESS',
  'REJECT',
];

export function isHazardAction(value: string): value is HazardAction {
  return (hazardActions as readonly string[]).includes(value);
}

export function isHazardState(value: string): value is HazardState {
  return (hazardStates as readonly string[]).includes(value);
}
