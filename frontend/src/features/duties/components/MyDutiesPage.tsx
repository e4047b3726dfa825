import { useTranslation } from 'react-i18next';
import { OfflineNotice, QueryPending } from '@/lib/QueryPending';
import { can, useMe } from '@/lib/session';
import { useMyDuties, type MyDuty } from '../api/get-my-duties';
import { needsAttention } from '../periods';
import { DossierButton } from './DossierButton';
import { DutyCard } from './DutyCard';
import { MyLists } from './MyLists';

function DutySection({ title, testId, items, canRecord }: { title: string; testId: string; items: MyDuty[]; canRecord: boolean }) {
  if (items.length === 0) return null;
  return (
    <section className="duty-section" data-testid={testId} aria-label={title}>
      <h2 className="duty-section-title">
        {title} <span className="field-hint">({items.length})</span>
      </h2>
      <ul className="duty-cards">
        {items.map((d) => (
          <DutyCard key={d.obligationId} duty={d} canRecord={canRecord} />
        ))}
      </ul>
    </section>
  );
}

/** Roles whose dossier the server renders (the dossier route's roles). */
const dossierRoles = new Set(['admin', 'safety_office', 'department', 'leader', 'enterprise']);

/**
 * 我的职责, for the holder's phone: what the posts the caller holds today and the caller's unit owe in the periods
 * running today, at risk first (the server's order), and the caller's duty dossier. Plain HTML and the app's CSS (no
 * antd), like the report form: it is opened in the field.
 */
export function MyDutiesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const duties = useMyDuties();

  if (!duties.data) {
    if (duties.isError) {
      return (
        <div className="duties-page">
          <p className="notice notice-warning" role="alert">
            {duties.error.message}
          </p>
          <button type="button" className="btn" onClick={() => void duties.refetch()}>
            {t('common.retry')}
          </button>
        </div>
      );
    }
    return <QueryPending query={duties} />;
  }

  const { today, items } = duties.data;
  const attention = items.filter((d) => needsAttention(d.status));
  const rest = items.filter((d) => !needsAttention(d.status));
  const canRecord = can(me.data, 'RECORD_FULFILMENT');
  const canDossier = me.data?.roles.some((role) => dossierRoles.has(role)) ?? false;

  return (
    <div className="duties-page">
      <h1 className="page-title">{t('duties.mine.title')}</h1>
      <p className="field-hint">{t('duties.mine.subtitle', { org: me.data?.org.name, today })}</p>
      <OfflineNotice updatedAt={duties.dataUpdatedAt} />
      {items.length === 0 ? (
        <p className="notice notice-info" data-testid="duties-empty">
          {t('duties.mine.empty')}
        </p>
      ) : (
        <>
          <DutySection title={t('duties.mine.attention')} testId="duties-attention" items={attention} canRecord={canRecord} />
          <DutySection title={t('duties.mine.current')} testId="duties-current" items={rest} canRecord={canRecord} />
        </>
      )}
      {me.data && <MyLists me={me.data} year={Number(today.slice(0, 4))} />}
      {canDossier && me.data && <DossierButton username={me.data.username} year={Number(today.slice(0, 4))} />}
    </div>
  );
}
