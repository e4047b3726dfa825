import { useTranslation } from 'react-i18next';
import type { LogEntry } from '../hooks/use-drill-log';

const kindTone = { INJECT: 'neutral', ACTION: 'green', OBSERVATION: 'neutral', INCIDENT: 'red' } as const;

/**
 * A drill's timeline entries (情景注入, 处置行动, 观察记录, 意外情况) with when, who and the photos taken; entries still
 * on the phone say so until the server has them. Plain HTML: the evaluator's phone page shows it offline.
 */
export function DrillLogList({ entries, newestFirst = false }: { entries: readonly LogEntry[]; newestFirst?: boolean }) {
  const { t, i18n } = useTranslation();
  if (entries.length === 0) {
    return (
      <p className="field-hint" data-testid="drill-log-empty">
        {t('drills.log.empty')}
      </p>
    );
  }
  const shown = newestFirst ? entries.toReversed() : entries;
  return (
    <ol className="duty-cards" aria-label={t('drills.log.title')}>
      {shown.map((e) => (
        <li key={e.key} className="drill-log-entry" data-testid="drill-log-entry" data-state={e.state}>
          <div className="drill-log-head">
            <span className={`status-badge tone-${kindTone[e.kind]}`}>{t(`label.enum.TimelineKind.${e.kind}`)}</span>
            <span className="field-hint">{new Date(e.occurredAt).toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'medium' })}</span>
            {e.state !== 'synced' && (
              <span className={`status-badge tone-${e.state === 'refused' ? 'red' : 'amber'}`} data-testid="drill-log-state">
                {t(`drills.log.state.${e.state}`)}
              </span>
            )}
          </div>
          <p className="drill-log-text">{e.text}</p>
          <div className="field-hint">
            {[e.author, e.photos > 0 ? t('drills.log.photos', { count: e.photos }) : null].filter(Boolean).join(' · ')}
          </div>
          {e.refusal && (
            <p className="field-error" role="alert" data-testid="drill-log-refusal">
              {t('drills.log.refused', {
                title: e.refusal.code ? t(`label.problem.${e.refusal.code}.title`, { defaultValue: e.refusal.title }) : e.refusal.title,
              })}
              {e.refusal.status === 409 && ` ${t('drills.log.refusedNotRunning')}`}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
