import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMessage } from '@/lib/feedback';
import { Field } from '@/lib/FormField';
import { kickSync } from '@/lib/offline-queue/active-worker';
import { reportDb } from '@/lib/offline-queue/db';
import { enqueueTimelineEntry } from '@/lib/offline-queue/enqueue';
import { PhotoPicker } from '@/lib/PhotoPicker';
import { OfflineNotice, QueryPending } from '@/lib/QueryPending';
import { isProblem } from '@/lib/problem';
import { useOnline } from '@/lib/use-online';
import { useDrill } from '../api/drill';
import { timelineKinds, type Drill, type TimelineKind } from '../api/types';
import { useDrillLog } from '../hooks/use-drill-log';
import { DrillLogList } from './DrillLogList';

/** The contract's limit on an entry's text. */
const textMaxLength = 4000;

interface Draft {
  kind: TimelineKind;
  text: string;
  photos: File[];
}

const emptyDraft: Draft = { kind: 'OBSERVATION', text: '', photos: [] };

function EntryForm({ drill }: { drill: Drill }) {
  const { t } = useTranslation();
  const message = useMessage();
  const online = useOnline();
  const ids = useId();
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const textError = attempted && !draft.text.trim() ? t('drills.log.textRequired') : undefined;

  const onSubmit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempted(true);
    if (!draft.text.trim()) {
      document.getElementById(`${ids}-text`)?.focus();
      return;
    }
    setSaving(true);
    // Written to the phone first: no network, a closed tab or a retry lose nothing and add nothing twice.
    void enqueueTimelineEntry(reportDb, {
      drillId: drill.id,
      drillTitle: drill.title,
      input: { kind: draft.kind, text: draft.text.trim(), occurredAt: new Date().toISOString() },
      photos: draft.photos,
    })
      .then(() => {
        setDraft((current) => ({ ...emptyDraft, kind: current.kind }));
        setAttempted(false);
        void message.success(t(kickSync() && online ? 'drills.log.queuedOnline' : 'drills.log.queuedOffline'));
      })
      .finally(() => {
        setSaving(false);
      });
  };

  return (
    <form className="report-form" noValidate onSubmit={onSubmit} data-testid="drill-log-form">
      <fieldset className="report-fields" disabled={saving}>
        <fieldset className="field choice-group">
          <legend className="field-label">{t('drills.log.kind')}</legend>
          <div className="segmented">
            {timelineKinds.map((kind) => (
              <label key={kind} className={draft.kind === kind ? 'segment checked' : 'segment'}>
                <input
                  type="radio"
                  name={`${ids}-kind`}
                  value={kind}
                  checked={draft.kind === kind}
                  onChange={() => {
                    setDraft((current) => ({ ...current, kind }));
                  }}
                />
                {t(`label.enum.TimelineKind.${kind}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <Field id={`${ids}-text`} label={t('drills.log.text')} error={textError}>
          <textarea
            id={`${ids}-text`}
            className="input"
            rows={4}
            maxLength={textMaxLength}
            required
            placeholder={t('drills.log.textPlaceholder')}
            aria-invalid={Boolean(textError)}
            aria-describedby={`${ids}-text-help`}
            value={draft.text}
            onChange={(event) => {
              setDraft((current) => ({ ...current, text: event.target.value }));
            }}
          />
        </Field>
        <Field id={`${ids}-photos`} label={t('drills.log.photo')} optional>
          <PhotoPicker
            id={`${ids}-photos`}
            max={10}
            value={draft.photos}
            onChange={(photos) => {
              setDraft((current) => ({ ...current, photos }));
            }}
            disabled={saving}
          />
        </Field>
        <button type="submit" className="btn btn-primary btn-block btn-large" aria-busy={saving}>
          {saving && <span className="app-spinner-dot small" aria-hidden />}
          {t('drills.log.submit')}
        </button>
      </fieldset>
    </form>
  );
}

/**
 * 演练过程记录, on an evaluator's phone: while the drill runs, injects, actions, observations and incidents with a photo,
 * each written to the phone's queue first and sent by the sync worker (its id is the entry's clientId, so the drill
 * gets it once); entries not yet on the server say so. Plain HTML, no antd: it is used in the field.
 */
export function DrillLogPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const drill = useDrill(id);
  const online = useOnline();
  const { entries } = useDrillLog(id);

  if (!drill.data) {
    if (drill.isError) {
      return (
        <div className="duties-page">
          <p className="notice notice-warning" role="alert">
            {isProblem(drill.error, 404) ? t('drills.detail.notFound') : drill.error.message}
          </p>
          <Link to="/drills">{t('drills.detail.back')}</Link>
        </div>
      );
    }
    return <QueryPending query={drill} />;
  }
  const d = drill.data.drill;
  const pending = entries.filter((e) => e.state === 'pending').length;
  return (
    <div className="report-page" data-testid="drill-log-page">
      <Link to={`/drills/${d.id}`}>{t('drills.log.toDrill')}</Link>
      <h1 className="page-title">{d.title}</h1>
      <p className="field-hint">
        <span className="status-badge tone-neutral" data-testid="drill-status" data-status={d.status}>
          {t(`label.enum.DrillStatus.${d.status}`)}
        </span>{' '}
        {t('drills.log.subtitle')}
      </p>
      <OfflineNotice updatedAt={drill.dataUpdatedAt} />
      {!online && (
        <p className="report-offline-note" data-testid="offline-note">
          {t('drills.log.offlineNote')}
        </p>
      )}
      {d.allowedActions.includes('LOG') ? (
        <EntryForm drill={d} />
      ) : (
        <p className="notice notice-info" data-testid="drill-log-closed">
          {t('drills.log.notRunning')}
        </p>
      )}
      <h2 className="duty-section-title">
        {t('drills.log.title')}
        {pending > 0 && <span className="field-hint"> · {t('drills.log.pendingCount', { count: pending })}</span>}
      </h2>
      <DrillLogList entries={entries} newestFirst />
    </div>
  );
}
