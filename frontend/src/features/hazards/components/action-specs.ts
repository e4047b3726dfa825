import type { ActionSpecs } from '@/lib/workflow/action-spec';
import type { HazardAction } from '../api/types';

/**
 * Every hazard action's form fields and tone, in one map: a new action adds its row here, its case in
 * `toTransition` and its fields in ActionFields. Button order is `hazardActions`.
 */
export const hazardActionSpecs: ActionSpecs<HazardAction> = {
  CONFIRM: { fields: ['deadline', 'responsiblePerson', 'rectificationMeasures', 'comment'], tone: 'primary' },
  REJECT: { fields: ['rejectionReason', 'duplicateOf', 'comment'], tone: 'danger' },
  FIX_ON_SPOT: { fields: ['photos', 'comment'] },
  SET_FIVE_MUSTS: { fields: ['fiveMusts.measures', 'fiveMusts.funds', 'fiveMusts.deadline', 'fiveMusts.responsiblePerson', 'fiveMusts.emergencyPlan'] },
  START_RECTIFICATION: { fields: ['rectificationMeasures', 'comment'], tone: 'primary' },
  SUBMIT_FOR_ACCEPTANCE: { fields: ['comment', 'photos'], tone: 'primary' },
  ACCEPT: { fields: ['acceptance.acceptorKind', 'acceptance.acceptorName', 'acceptance.opinion', 'comment'], tone: 'primary' },
  SEND_BACK: { fields: ['comment'], tone: 'danger' },
  REQUEST_EXTENSION: { fields: ['requestedDeadline', 'comment'] },
  APPROVE_EXTENSION: { fields: ['comment'], tone: 'primary' },
  REFUSE_EXTENSION: { fields: ['comment'], tone: 'danger' },
  LIST_FOR_SUPERVISION: { fields: ['supervision.level', 'supervision.documentNumber', 'comment'] },
  SIGN_OFF_LISTING: { fields: ['comment'] },
  VERIFY_EFFECTIVENESS: { fields: ['effective', 'comment'] },
};
