import type { HazardCategory, HazardLevel, HazardSource } from '../api/types';

/** What the report form holds while it is filled in. */
export interface ReportDraft {
  photos: File[];
  enterpriseId: string;
  title: string;
  level: HazardLevel;
  category: HazardCategory;
  source: HazardSource;
  description: string;
  locationText: string;
}

export const titleMaxLength = 200;

export type ReportErrors = Partial<Record<'enterpriseId' | 'title', string>>;

/**
 * The form's own checks, as i18n keys by field: an enterprise unless the reporter is one, and a title that is not
 * blank (its length is held by the input's maxlength; the server checks both again).
 */
export function validateReport(draft: ReportDraft, { needsEnterprise }: { needsEnterprise: boolean }): ReportErrors {
  const errors: ReportErrors = {};
  if (needsEnterprise && draft.enterpriseId === '') errors.enterpriseId = 'hazards.validation.enterprise';
  if (draft.title.trim() === '' || draft.title.trim().length > titleMaxLength) errors.title = 'hazards.validation.title';
  return errors;
}

/** Blank optional texts are left out rather than sent as "". */
export function optionalText(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
}
