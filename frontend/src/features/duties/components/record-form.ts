import type { components } from '@/api/schema';

type EvidenceSpec = components['schemas']['EvidenceSpec'];

/** What the fulfilment form holds while it is filled in. */
export interface RecordDraft {
  date: string;
  place: string;
  summary: string;
  /** The list's post performs it (resolved to its holder on the date by the server). */
  byHolder: boolean;
  /** Other performers by name, separated by 、 , ， or ; */
  others: string;
  photos: File[];
}

export type RecordField = 'date' | 'summary' | 'performers' | 'photos' | 'gps';
export type RecordErrors = Partial<Record<RecordField, string>>;

export const summaryMaxLength = 4000;

/** The performers named in the "others" field, trimmed, blanks dropped. */
export function otherPerformers(others: string): string[] {
  return others
    .split(/[、,，;；\n]/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/** How many photos the item's evidence asks for: one when a photo is required, at least its minimum of files. */
export function minPhotos(spec: EvidenceSpec | null): number {
  return Math.max(spec?.photoRequired ? 1 : 0, spec?.minAttachments ?? 0);
}

/**
 * The form's own checks, as i18n keys by field: a date not after today, what was done, somebody who did it, and the
 * evidence the duty item asks for (photos, a position). The server checks them again with the list's term and period.
 */
export function validateRecord(draft: RecordDraft, { today, spec, located }: { today: string; spec: EvidenceSpec | null; located: boolean }): RecordErrors {
  const errors: RecordErrors = {};
  if (draft.date === '' || draft.date > today) errors.date = 'records.validation.date';
  if (draft.summary.trim() === '') errors.summary = 'records.validation.summary';
  if (!draft.byHolder && otherPerformers(draft.others).length === 0) errors.performers = 'records.validation.performers';
  if (draft.photos.length < minPhotos(spec)) errors.photos = 'records.validation.photos';
  if (spec?.gpsRequired && !located) errors.gps = 'records.validation.gps';
  return errors;
}
