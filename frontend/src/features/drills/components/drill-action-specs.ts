import dayjs, { type Dayjs } from 'dayjs';
import type { ActionSpecs } from '@/lib/workflow/action-spec';
import type { Drill, DrillBarAction, DrillTransition, TerminationReason } from '../api/types';

export interface DrillActionValues {
  comment?: string;
  plannedOn?: Dayjs | null;
  actualHeadcount?: number | null;
  photos?: File[];
  terminationReason?: TerminationReason;
}

/** §3.4 end: a drill is documented with at least this many photos before it ends (DrillWorkflow.MIN_PHOTOS). */
export const minDrillPhotos = 3;

/** Actions whose comment is the reason the workflow requires. */
export const drillReasonRequired: ReadonlySet<DrillBarAction> = new Set(['POSTPONE', 'CANCEL', 'REOPEN']);

/**
 * Every drill action's form fields, tone and starting values, in one map read by the shared action bar and dialog;
 * button order is `drillBarActions`. A new action adds its row here, its case in `toDrillTransition` and its fields
 * in DrillActionFields.
 */
export const drillActionSpecs: ActionSpecs<DrillBarAction, Drill, DrillActionValues> = {
  PREPARE: { fields: ['comment'], tone: 'primary' },
  MARK_READY: { fields: ['comment'], tone: 'primary' },
  START: { fields: ['comment'], tone: 'primary' },
  END: {
    fields: ['actualHeadcount', 'photos', 'comment'],
    tone: 'primary',
    initial: (d) => ({ actualHeadcount: d.plannedHeadcount ?? null, photos: [] }),
  },
  POSTPONE: {
    fields: ['plannedOn', 'comment'],
    initial: (d) => ({ plannedOn: d.plannedOn ? dayjs(d.plannedOn).add(7, 'day') : null }),
  },
  TERMINATE: { fields: ['terminationReason', 'comment'], tone: 'danger' },
  CANCEL: { fields: ['comment'], tone: 'danger' },
  CLOSE: { fields: ['comment'], tone: 'primary' },
  REPORT_TO_REGULATOR: { fields: ['comment'] },
  REOPEN: { fields: ['comment'] },
};

/** Body names the forms call otherwise: photos are uploaded first and sent as attachment ids. */
export const drillFieldAliases = { attachmentIds: 'photos' } as const;

export function toDrillTransition(action: DrillBarAction, values: DrillActionValues, attachmentIds: readonly string[]): DrillTransition {
  const transition: DrillTransition = { action };
  const comment = values.comment?.trim();
  if (comment) transition.comment = comment;
  if (action === 'POSTPONE' && values.plannedOn) transition.plannedOn = values.plannedOn.format('YYYY-MM-DD');
  if (action === 'END') {
    if (values.actualHeadcount !== null && values.actualHeadcount !== undefined) transition.actualHeadcount = values.actualHeadcount;
    if (attachmentIds.length > 0) transition.attachmentIds = [...attachmentIds];
  }
  if (action === 'TERMINATE' && values.terminationReason) transition.terminationReason = values.terminationReason;
  return transition;
}

/** The photos the drill holds already (PHOTO files: attached, or taken with timeline entries). */
export function photoCount(drill: Drill): number {
  return drill.files.filter((f) => f.purpose === 'PHOTO').length;
}
