import {
  acceptorKindValues,
  categoryValues,
  hazardOpenStateValues,
  levelValues,
  rejectionReasonValues,
  sourceValues,
  stateValues,
  supervisionLevelValues,
} from '@/api/enums';
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

// The vocabularies in the contract's order (src/api/enums.ts, generated); the labels live in the label catalog
// under label.enum.<Schema>.*.
export const hazardStates: readonly HazardState[] = stateValues;
export const hazardLevels: readonly HazardLevel[] = levelValues;
export const hazardSources: readonly HazardSource[] = sourceValues;
export const hazardCategories: readonly HazardCategory[] = categoryValues;
export const supervisionLevels: readonly SupervisionLevel[] = supervisionLevelValues;
export const acceptorKinds: readonly AcceptorKind[] = acceptorKindValues;
export const rejectionReasons: readonly RejectionReason[] = rejectionReasonValues;
/** Not closed and not rejected: the server's one definition (HazardEnums.State), published as HazardOpenState. */
export const openStates: readonly HazardState[] = hazardOpenStateValues;

/** Every action in the order the buttons appear: the usual next step first (types.test.ts: the contract's set). */
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
