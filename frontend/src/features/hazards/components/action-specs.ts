import dayjs from 'dayjs';
import type { ActionSpecs } from '@/lib/workflow/action-spec';
import type { Hazard, HazardAction } from '../api/types';
import type { ActionFormValues } from './action-values';

/** A deadline the form may offer again: today or later. */
const notPast = (date: string | null | undefined) => (date && !dayjs(date).isBefore(dayjs(), 'day') ? dayjs(date) : null);

/**
 * Every hazard action's form fields, tone and starting values, in one map: a new action adds its row here, its
 * case in `toTransition` and its fields in ActionFields. Button order is `hazardActions`. A form starts with what
 * the ticket already says, so confirming or re-planning is a few taps.
 */
export const hazardActionSpecs: ActionSpecs<HazardAction, Hazard, ActionFormValues> = {
  CONFIRM: {
    fields: ['deadline', 'responsiblePerson', 'rectificationMeasures', 'comment'],
    tone: 'primary',
    initial: (h) => ({
      deadline: notPast(h.deadline),
      responsiblePerson: h.responsiblePerson ?? undefined,
      rectificationMeasures: h.rectificationMeasures ?? undefined,
    }),
  },
  REJECT: { fields: ['rejectionReason', 'duplicateOf', 'comment'], tone: 'danger' },
  FIX_ON_SPOT: { fields: ['photos', 'comment'] },
  SET_FIVE_MUSTS: {
    fields: ['fiveMusts.measures', 'fiveMusts.funds', 'fiveMusts.deadline', 'fiveMusts.responsiblePerson', 'fiveMusts.emergencyPlan'],
    initial: (h) => {
      const f = h.fiveMusts;
      return {
        fiveMusts: {
          measures: f?.measures ?? h.rectificationMeasures ?? undefined,
          funds: f?.funds ?? null,
          deadline: f?.deadline ? dayjs(f.deadline) : h.deadline ? dayjs(h.deadline) : null,
          responsiblePerson: f?.responsiblePerson ?? h.responsiblePerson ?? undefined,
          emergencyPlan: f?.emergencyPlan ?? undefined,
        },
      };
    },
  },
  START_RECTIFICATION: {
    fields: ['rectificationMeasures', 'comment'],
    tone: 'primary',
    initial: (h) => ({ rectificationMeasures: h.rectificationMeasures ?? undefined }),
  },
  SUBMIT_FOR_ACCEPTANCE: { fields: ['comment', 'photos'], tone: 'primary' },
  ACCEPT: {
    fields: ['acceptance.acceptorKind', 'acceptance.acceptorName', 'acceptance.opinion', 'comment'],
    tone: 'primary',
    initial: () => ({ acceptance: { acceptorKind: 'SUPERVISING_DEPARTMENT' } }),
  },
  SEND_BACK: { fields: ['comment'], tone: 'danger' },
  REQUEST_EXTENSION: { fields: ['requestedDeadline', 'comment'] },
  APPROVE_EXTENSION: { fields: ['comment'], tone: 'primary' },
  REFUSE_EXTENSION: { fields: ['comment'], tone: 'danger' },
  LIST_FOR_SUPERVISION: {
    fields: ['supervision.level', 'supervision.documentNumber', 'comment'],
    initial: () => ({ supervision: { level: 'DISTRICT' } }),
  },
  SIGN_OFF_LISTING: { fields: ['comment'] },
  VERIFY_EFFECTIVENESS: { fields: ['effective', 'comment'] },
};

/** Body names the forms call otherwise: photos are uploaded first and sent as attachment ids. */
export const hazardFieldAliases = { attachmentIds: 'photos' } as const;
