import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { statusTone } from '@/lib/obligation-tone';
import { OfflineNotice, QueryPending } from '@/lib/QueryPending';
import { can, useMe } from '@/lib/session';
import { useDrillObligations } from '../api/drills';
import type { DrillObligation } from '../api/types';
import type { components } from '@/api/schema';

type DrillFollowUp = components['schemas']['DrillFollowUp'];

/** Settled obligations need nothing more this period; the rest say how many days are left. */
function settled(o: DrillObligation): boolean {
  return o.status === 'MET' || o.status === 'WAIVED';
}

/** Missed first, then at risk and partly met, then open, then settled; fewer days left first within each. */
const urgency: Record<DrillObligation['status'], number> = { MISSED: 0, AT_RISK: 1, PARTIAL: 2, OPEN: 3, MET: 4, WAIVED: 5 };

function ObligationCard({ obligation: o }: { obligation: DrillObligation }) {
  const { t, i18n } = useTranslation();
  const tone = statusTone[o.status];
  return (
    <li className={`duty-card tone-border-${o.status}`} data-testid="drill-obligation" data-status={o.status}>
      <div className="duty-card-head">
        <span className="duty-card-title">{o.ruleTitle}</span>
        <span className={`status-badge tone-${tone}`} data-testid="obligation-status" data-status={o.status}>
          {t(`label.enum.ObligationStatus.${o.status}`)}
        </span>
      </div>
      <p className="drill-reason" data-testid="drill-reason">
        {i18n.language === 'en' ? o.reasonEn : o.reasonZh}
      </p>
      <div className="duty-card-progress">{t('drills.owed.progress', { counted: o.counted, required: o.required })}</div>
      <div className="field-hint">
        {t('drills.owed.period', { first: o.periodFirst, last: o.periodLast })}
        {!settled(o) && ' · '}
        {!settled(o) && (
          <strong data-testid="drill-days-left">{o.daysLeft > 0 ? t('drills.owed.daysLeft', { count: o.daysLeft }) : t('drills.owed.overdue')}</strong>
        )}
      </div>
      {o.mustReportTo && <div className="field-hint">{t('drills.owed.reportTo', { to: t(`label.enum.DrillReportRecipient.${o.mustReportTo}`, { defaultValue: o.mustReportTo }) })}</div>}
      <div className="field-hint">{t('drills.owed.citation', { citation: o.citation })}</div>
    </li>
  );
}

/** What a held drill still owes (its evaluation, summary report, plan revision or re-drill), with the day it is due. */
function FollowUpCard({ followUp: f }: { followUp: DrillFollowUp }) {
  const { t, i18n } = useTranslation();
  return (
    <li className={`duty-card tone-border-${f.status}`} data-testid="drill-follow-up" data-status={f.status}>
      <div className="duty-card-head">
        <span className="duty-card-title">{t(`label.enum.DrillFollowUpKind.${f.kind}`)}</span>
        <span className={`status-badge tone-${statusTone[f.status]}`} data-testid="follow-up-status">
          {t(`label.enum.ObligationStatus.${f.status}`)}
        </span>
      </div>
      <p className="drill-reason">{i18n.language === 'en' ? f.reasonEn : f.reasonZh}</p>
      {/* the reason already names the day due and the days left */}
      <div className="field-hint">
        <Link to={`/drills/${f.drillId}`}>{t('drills.owed.openDrill', { title: f.drillTitle })}</Link>
      </div>
    </li>
  );
}

/**
 * 应演练, for the enterprise's phone: what its org owes under every drill rule in the periods running today (the rules
 * stack), red/amber/green with the reason in words and the days left; then what its held drills still owe (evaluation,
 * summary report, plan revision, re-drill), unmet ones only. Plain HTML and the app's CSS (no antd), like
 * 我的职责: it is opened in the field.
 */
export function DrillObligationsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const obligations = useDrillObligations(me.data?.org.id);

  if (!obligations.data) {
    if (obligations.isError) {
      return (
        <div className="duties-page">
          <p className="notice notice-warning" role="alert">
            {obligations.error.message}
          </p>
          <button type="button" className="btn" onClick={() => void obligations.refetch()}>
            {t('common.retry')}
          </button>
        </div>
      );
    }
    return <QueryPending query={me.data ? obligations : me} />;
  }

  const items = obligations.data.items.toSorted((a, b) => urgency[a.status] - urgency[b.status] || a.daysLeft - b.daysLeft);
  const followUps = obligations.data.followUps
    .filter((f) => f.status !== 'MET' && f.status !== 'WAIVED')
    .toSorted((a, b) => urgency[a.status] - urgency[b.status] || a.daysLeft - b.daysLeft);
  return (
    <div className="duties-page">
      <h1 className="page-title">{t('drills.owed.title')}</h1>
      <p className="field-hint">{t('drills.owed.subtitle', { org: me.data?.org.name, today: obligations.data.on })}</p>
      <OfflineNotice updatedAt={obligations.dataUpdatedAt} />
      {items.length === 0 ? (
        <p className="notice notice-info" data-testid="drills-owed-empty">
          {t('drills.owed.empty')}
        </p>
      ) : (
        <ul className="duty-cards" aria-label={t('drills.owed.title')}>
          {items.map((o) => (
            // a period the daily job has not materialised yet has no id: one card per rule and period
            <ObligationCard key={`${o.ruleId}/${o.periodKey}`} obligation={o} />
          ))}
        </ul>
      )}
      {followUps.length > 0 && (
        <>
          <h2 className="duty-section-title">{t('drills.owed.followUps')}</h2>
          <ul className="duty-cards" aria-label={t('drills.owed.followUps')}>
            {followUps.map((f) => (
              <FollowUpCard key={f.id} followUp={f} />
            ))}
          </ul>
        </>
      )}
      {can(me.data, 'MANAGE_DRILLS') && (
        <Link className="btn btn-block" to="/drills/new">
          {t('drills.record.title')}
        </Link>
      )}
    </div>
  );
}
