import type { Dayjs } from 'dayjs';
import type { AcceptorKind, HazardAction, HazardTransition, RejectionReason, SupervisionLevel } from '../api/types';

/** Everything any action form may hold; each action's form shows only its own fields. */
export interface ActionFormValues {
  comment?: string;
  deadline?: Dayjs | null;
  responsiblePerson?: string;
  rectificationMeasures?: string;
  rejectionReason?: RejectionReason;
  duplicateOf?: string;
  fiveMusts?: {
    measures?: string;
    funds?: number | null;
    deadline?: Dayjs | null;
    responsiblePerson?: string;
    emergencyPlan?: string;
  };
  supervision?: { level?: SupervisionLevel; documentNumber?: string };
  acceptance?: { acceptorKind?: AcceptorKind; acceptorName?: string; opinion?: string };
  requestedDeadline?: Dayjs | null;
  effective?: boolean;
  photos?: File[];
}

const day = 'YYYY-MM-DD';

function text(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** Drops the keys left undefined so the body holds only what the user gave. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined)) as T;
}

/** The request body for an action from its form; photos are uploaded first and passed as attachment ids. */
export function toTransition(action: HazardAction, values: ActionFormValues, attachmentIds: string[] = []): HazardTransition {
  const body: HazardTransition = { action };
  const comment = text(values.comment);
  if (comment) body.comment = comment;
  switch (action) {
    case 'CONFIRM':
      if (values.deadline) body.deadline = values.deadline.format(day);
      body.responsiblePerson = text(values.responsiblePerson);
      body.rectificationMeasures = text(values.rectificationMeasures);
      break;
    case 'REJECT':
      body.rejectionReason = values.rejectionReason;
      if (values.rejectionReason === 'DUPLICATE') body.duplicateOf = values.duplicateOf;
      break;
    case 'SET_FIVE_MUSTS': {
      // The form requires all five (五落实 means all five); the server refuses START_RECTIFICATION otherwise.
      const f = values.fiveMusts ?? {};
      body.fiveMusts = {
        measures: text(f.measures) ?? '',
        funds: f.funds ?? 0,
        deadline: f.deadline ? f.deadline.format(day) : '',
        responsiblePerson: text(f.responsiblePerson) ?? '',
        emergencyPlan: text(f.emergencyPlan) ?? '',
      };
      break;
    }
    case 'START_RECTIFICATION':
      body.rectificationMeasures = text(values.rectificationMeasures);
      break;
    case 'ACCEPT': {
      const a = values.acceptance;
      if (a?.acceptorKind) {
        body.acceptance = { acceptorKind: a.acceptorKind, acceptorName: text(a.acceptorName), opinion: text(a.opinion) };
      }
      break;
    }
    case 'REQUEST_EXTENSION':
      if (values.requestedDeadline) body.requestedDeadline = values.requestedDeadline.format(day);
      break;
    case 'LIST_FOR_SUPERVISION':
      body.supervision = { level: values.supervision?.level ?? 'DISTRICT', documentNumber: text(values.supervision?.documentNumber) ?? '' };
      break;
    case 'VERIFY_EFFECTIVENESS':
      body.effective = values.effective;
      break;
    default:
      break;
  }
  if (attachmentIds.length > 0) body.attachmentIds = attachmentIds;
  return withoutUndefined(body);
}
