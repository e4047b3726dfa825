import type { useTranslation } from 'react-i18next';
import type { DutyItem } from '../api/list-types';

export type Translate = ReturnType<typeof useTranslation>['t'];

/** What an item asks for: how often and how many times, or a due date. */
export function requirementText(t: Translate, item: DutyItem): string {
  if (item.dueDate) return t('lists.item.dueBy', { date: item.dueDate });
  if (item.periodType) return t('lists.item.every', { period: t(`label.enum.PeriodType.${item.periodType}`), count: item.minCount ?? 1 });
  return '—';
}

/** What evidence proves it: the kinds of proof, photos, GPS, the counterpart's signature, in person. */
export function evidenceText(t: Translate, item: DutyItem): string[] {
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
