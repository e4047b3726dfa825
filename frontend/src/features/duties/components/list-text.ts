import type { useTranslation } from 'react-i18next';
import type { components } from '@/api/schema';

export type Translate = ReturnType<typeof useTranslation>['t'];

/** What a duty says of itself, whether it is a list's item or a template's (where absent fields are undefined, not null). */
export interface ItemView {
  category: components['schemas']['DutyCategory'];
  text: string;
  legalBasis?: string[];
  periodType?: components['schemas']['PeriodType'] | null;
  minCount?: number | null;
  dueDate?: string | null;
  evidenceSpec?: components['schemas']['EvidenceSpec'] | null;
  verification?: components['schemas']['Verification'];
}

/** What an item asks for: how often and how many times, or a due date. */
export function requirementText(t: Translate, item: ItemView): string {
  if (item.dueDate) return t('lists.item.dueBy', { date: item.dueDate });
  if (item.periodType) return t('lists.item.every', { period: t(`label.enum.PeriodType.${item.periodType}`), count: item.minCount ?? 1 });
  return '—';
}

/** What evidence proves it: the kinds of proof, photos, GPS, the counterpart's signature, in person. */
export function evidenceText(t: Translate, item: ItemView): string[] {
  const spec = item.evidenceSpec;
  if (!spec) return [];
  return [
    ...(spec.photoRequired ? [t('lists.item.photo')] : []),
    ...(spec.gpsRequired ? [t('lists.item.gps')] : []),
    ...(spec.counterpartSignature ? [t('lists.item.counterpart')] : []),
    ...(spec.holderMustPerform ? [t('lists.item.inPerson')] : []),
    ...(spec.minAttachments ? [t('lists.item.attachments', { count: spec.minAttachments })] : []),
  ];
}
