import { useTranslation } from 'react-i18next';
import { OfflineNotice, QueryPending } from '@/lib/QueryPending';
import { useMe } from '@/lib/session';
import { useObligations } from '../api/get-obligations';
import { useRequirementRules } from '../api/get-requirement-rules';
import type { Obligation, RequirementRule } from '../api/types';
import { byUrgency, isCurrent, needsAttention, shanghaiToday } from '../periods';
import { DutyCard } from './DutyCard';

function DutySection({ title, testId, items, rules, today }: { title: string; testId: string; items: Obligation[]; rules: Map<string, RequirementRule>; today: string }) {
  if (items.length === 0) return null;
  return (
    <section className="duty-section" data-testid={testId} aria-label={title}>
      <h2 className="duty-section-title">
        {title} <span className="field-hint">({items.length})</span>
      </h2>
      <ul className="duty-cards">
        {items.map((o) => (
          <DutyCard key={o.id} obligation={o} rule={o.ruleId ? rules.get(o.ruleId) : undefined} today={today} />
        ))}
      </ul>
    </section>
  );
}

/**
 * 我的职责, for the holder's phone: what the caller's unit owes in the periods running today, what is at risk first.
 * Plain HTML and the app's CSS (no antd), like the report form: it is opened in the field.
 */
export function MyDutiesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const subjectId = me.data?.org.id;
  const obligations = useObligations({ subjectId }, Boolean(subjectId));
  const rules = useRequirementRules();

  if (!obligations.data) {
    if (obligations.isError || me.isError) {
      return (
        <div className="duties-page">
          <p className="notice notice-warning" role="alert">
            {(obligations.error ?? me.error)?.message}
          </p>
          <button type="button" className="btn" onClick={() => void obligations.refetch()}>
            {t('common.retry')}
          </button>
        </div>
      );
    }
    return <QueryPending query={obligations.fetchStatus === 'idle' ? me : obligations} />;
  }

  const today = shanghaiToday();
  const current = obligations.data.filter((o) => isCurrent(o, today)).sort(byUrgency);
  const attention = current.filter((o) => needsAttention(o.status));
  const rest = current.filter((o) => !needsAttention(o.status));
  const ruleMap = new Map((rules.data ?? []).map((r) => [r.id, r]));

  return (
    <div className="duties-page">
      <h1 className="page-title">{t('duties.mine.title')}</h1>
      <p className="field-hint">{t('duties.mine.subtitle', { org: me.data?.org.name, today })}</p>
      <OfflineNotice updatedAt={obligations.dataUpdatedAt} />
      {current.length === 0 ? (
        <p className="notice notice-info" data-testid="duties-empty">
          {t('duties.mine.empty')}
        </p>
      ) : (
        <>
          <DutySection title={t('duties.mine.attention')} testId="duties-attention" items={attention} rules={ruleMap} today={today} />
          <DutySection title={t('duties.mine.current')} testId="duties-current" items={rest} rules={ruleMap} today={today} />
        </>
      )}
    </div>
  );
}
