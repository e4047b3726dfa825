import dayjs from 'dayjs';
import type { Hazard, HazardAction } from '../api/types';
import type { ActionFormValues } from './action-values';

/** What a form starts with: what the ticket already says, so confirming or re-planning is a few taps. */
export function initialValues(action: HazardAction, hazard: Hazard): ActionFormValues {
  switch (action) {
    case 'CONFIRM':
      return {
        deadline: hazard.deadline && !dayjs(hazard.deadline).isBefore(dayjs(), 'day') ? dayjs(hazard.deadline) : null,
        responsiblePerson: hazard.responsiblePerson ?? undefined,
        rectificationMeasures: hazard.rectificationMeasures ?? undefined,
      };
    case 'SET_FIVE_MUSTS': {
      const f = hazard.fiveMusts;
      return {
        fiveMusts: {
          measures: f?.measures ?? hazard.rectificationMeasures ?? undefined,
          funds: f?.funds ?? null,
          deadline: f?.deadline ? dayjs(f.deadline) : hazard.deadline ? dayjs(hazard.deadline) : null,
          responsiblePerson: f?.responsiblePerson ?? hazard.responsiblePerson ?? undefined,
          emergencyPlan: f?.emergencyPlan ?? undefined,
        },
      };
    }
    case 'START_RECTIFICATION':
      return { rectificationMeasures: hazard.rectificationMeasures ?? undefined };
    case 'ACCEPT':
      return { acceptance: { acceptorKind: 'SUPERVISING_DEPARTMENT' } };
    case 'LIST_FOR_SUPERVISION':
      return { supervision: { level: 'DISTRICT' } };
    default:
      return {};
  }
}
