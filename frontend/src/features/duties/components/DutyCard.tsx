import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MyDuty } from '../api/get-my-duties';
import { StatusBadge } from './StatusBadge';

/**
 * One duty of the period on the phone: what, whose (post or unit), how far, until when, on whose authority; a duty item
 * of a list takes a fulfilment record from here when the caller may record.
 */
export function DutyCard({ duty, canRecord = false }: { duty: MyDuty; canRecord?: boolean }) {
  const { t } = useTranslation();
  const settled = duty.status === 'MET' || duty.status === 'WAIVED';
  return (
    <li className={`duty-card tone-border-${duty.status}`} data-testid="duty-card" data-status={duty.status}>
      <div className="duty-card-head">
        <span className="duty-card-title">{duty.title}</span>
        <StatusBadge status={duty.status} />
      </div>
      <div className="field-hint">{duty.subjectKind === 'POST' ? t('duties.owedBy', { subject: duty.subjectName, org: duty.orgName }) : duty.orgName}</div>
      <div className="duty-card-progress">{t('duties.progress', { counted: duty.counted, required: duty.required })}</div>
      <div className="field-hint">
        {t('duties.period', { period: duty.periodKey, last: duty.periodLast })}
        {!settled && ' · '}
        {!settled && (duty.daysLeft > 0 ? t('duties.daysLeft', { count: duty.daysLeft }) : t('duties.overdue'))}
      </div>
      <div className="field-hint">{t('duties.citation', { citation: duty.citation })}</div>
      {canRecord && duty.dutyItemId && duty.listId && (
        <Link className="btn btn-block" to={`/duties/lists/${encodeURIComponent(duty.listId)}/record/${encodeURIComponent(duty.dutyItemId)}`}>
          {t('records.record')}
        </Link>
      )}
    </li>
  );
}
