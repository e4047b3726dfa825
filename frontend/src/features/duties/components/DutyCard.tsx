import { useTranslation } from 'react-i18next';
import type { Obligation, RequirementRule } from '../api/types';
import { daysLeft } from '../periods';
import { StatusBadge } from './StatusBadge';

interface Props {
  obligation: Obligation;
  /** The rule it is owed under, once the rules have loaded (its title; else the rule's code shows). */
  rule: RequirementRule | undefined;
  today: string;
}

/** One duty of the period on the phone: what, how far, until when, on whose authority. */
export function DutyCard({ obligation, rule, today }: Props) {
  const { t } = useTranslation();
  const left = daysLeft(obligation, today);
  const settled = obligation.status === 'MET' || obligation.status === 'WAIVED' || obligation.finalisedAt !== null;
  return (
    <li className={`duty-card tone-border-${obligation.status}`} data-testid="duty-card" data-status={obligation.status}>
      <div className="duty-card-head">
        <span className="duty-card-title">{rule?.title ?? obligation.ruleCode ?? t('duties.listDuty', { period: obligation.periodKey })}</span>
        <StatusBadge status={obligation.status} />
      </div>
      <div className="duty-card-progress">
        {t('duties.progress', { counted: obligation.counted, required: obligation.required })}
        {obligation.late > 0 && <span className="field-hint"> · {t('duties.late', { count: obligation.late })}</span>}
      </div>
      <div className="field-hint">
        {t('duties.period', { period: obligation.periodKey, last: obligation.periodLast })}
        {!settled && ' · '}
        {!settled && (left >= 0 ? t('duties.daysLeft', { count: left }) : t('duties.overdue'))}
      </div>
      {obligation.waiver && (
        <div className="field-hint">{t('duties.waived', { reason: obligation.waiver.reason, document: obligation.waiver.document })}</div>
      )}
      {obligation.citation && <div className="field-hint">{t('duties.citation', { citation: obligation.citation })}</div>}
    </li>
  );
}
