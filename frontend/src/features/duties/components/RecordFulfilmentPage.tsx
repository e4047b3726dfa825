import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMessage } from '@/lib/feedback';
import { Field } from '@/lib/FormField';
import { LocationStatus } from '@/lib/LocationStatus';
import { kickSync } from '@/lib/offline-queue/active-worker';
import { reportDb } from '@/lib/offline-queue/db';
import { enqueueFulfilment } from '@/lib/offline-queue/enqueue';
import { uploadOutcome } from '@/lib/offline-queue/upload-outcome';
import { PhotoPicker } from '@/lib/PhotoPicker';
import { QueryPending } from '@/lib/QueryPending';
import { isProblem } from '@/lib/problem';
import { useGeolocation } from '@/lib/use-geolocation';
import { useOnline } from '@/lib/use-online';
import { useList } from '../api/get-list';
import type { FulfilmentInput } from '../api/record-fulfilment';
import { shanghaiToday } from '../periods';
import { evidenceText, requirementText } from './list-text';
import { minPhotos, otherPerformers, summaryMaxLength, validateRecord, type RecordDraft, type RecordErrors, type RecordField } from './record-form';

const firstInvalid: readonly RecordField[] = ['date', 'summary', 'performers', 'photos', 'gps'];

/**
 * 记录履职 on the holder's phone: when and where, what was done, who did it, photos. Written to the phone's queue
 * (IndexedDB) before anything is sent, exactly like a hazard report: no network, a closed tab or a dead battery lose
 * nothing, and the record is created once however often it is sent (its id is the Idempotency-Key); it is submitted
 * to the issuing side as it arrives. Plain HTML, no antd: it is opened in the field.
 */
export function RecordFulfilmentPage() {
  const { t } = useTranslation();
  const { id = '', itemId = '' } = useParams();
  const query = useList(id);
  const message = useMessage();
  const navigate = useNavigate();
  const online = useOnline();
  const ids = useId();
  const fieldId = (field: string) => `${ids}-${field}`;
  const [geo, locate] = useGeolocation();
  const today = shanghaiToday();
  const [draft, setDraft] = useState<RecordDraft>({ date: today, place: '', summary: '', byHolder: true, others: '', photos: [] });
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof RecordDraft>(field: K, value: RecordDraft[K]) => {
    setDraft((current) => ({ ...current, [field]: value }));
  };
  const back = `/duties/lists/${encodeURIComponent(id)}`;

  if (query.isPending) return <QueryPending query={query} />;
  const list = query.data?.list;
  const item = list?.items.find((i) => i.id === itemId);
  if (!list || !item) {
    return (
      <div className="duties-page">
        <p className="notice notice-warning" role="alert">
          {query.isError && !isProblem(query.error, 404) ? query.error.message : t('records.notFound')}
        </p>
        <Link to="/duties">{t('duties.mine.back')}</Link>
      </div>
    );
  }

  const spec = item.evidenceSpec;
  const located = geo.status === 'ok';
  const check = () => validateRecord(draft, { today, spec, located });
  const errors: RecordErrors = attempted ? check() : {};
  const error = (field: RecordField) => (errors[field] ? t(errors[field], { count: minPhotos(spec) }) : undefined);
  const described = (field: string) => `${fieldId(field)}-help`;

  const save = async () => {
    setSaving(true);
    try {
      const performers: FulfilmentInput['performers'] = [
        ...(draft.byHolder && list.holderPostId ? [{ postId: list.holderPostId, personName: null, personRef: null }] : []),
        ...otherPerformers(draft.others).map((name) => ({ postId: null, personName: name, personRef: null })),
      ];
      const input: FulfilmentInput = { dutyItemId: item.id, date: draft.date, summary: draft.summary.trim(), performers, submit: true };
      const place = draft.place.trim();
      if (place) input.place = place;
      if (geo.status === 'ok' && geo.latitude !== undefined && geo.longitude !== undefined) {
        input.latitude = geo.latitude;
        input.longitude = geo.longitude;
      }
      const saved = await enqueueFulfilment(reportDb, { input, dutyText: item.text, listId: list.id, photos: draft.photos });
      if (kickSync() && online) {
        void message.open({ key: saved.id, type: 'loading', content: t('records.queuedOnline'), duration: 0 });
        void uploadOutcome(reportDb, saved.id).then(({ outcome }) => {
          const type = outcome === 'sent' ? 'success' : outcome === 'failed' ? 'error' : 'info';
          void message.open({ key: saved.id, type, content: t(`records.upload.${outcome}`), duration: 4 });
        });
      } else {
        void message.success(t('records.queuedOffline'));
      }
      void navigate(back);
    } finally {
      setSaving(false);
    }
  };

  const onSubmit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempted(true);
    const found = check();
    const first = firstInvalid.find((field) => found[field]);
    if (first) {
      document.getElementById(fieldId(first))?.focus();
      return;
    }
    void save();
  };

  return (
    <div className="report-page" data-testid="record-page">
      <Link to={back}>{t('records.backToList')}</Link>
      <h1 className="page-title">{t('records.title')}</h1>
      <div className="duty-card">
        <span className="duty-card-title">
          {item.seq}. {item.text}
        </span>
        <span className="field-hint">{requirementText(t, item)}</span>
        {evidenceText(t, item).length > 0 && <span className="field-hint">{t('records.asks', { what: evidenceText(t, item).join('、') })}</span>}
      </div>
      {!online && (
        <p className="report-offline-note" data-testid="offline-note">
          {t('records.offlineNote')}
        </p>
      )}
      <form className="report-form" noValidate onSubmit={onSubmit}>
        <fieldset className="report-fields" disabled={saving}>
          <Field id={fieldId('photos')} label={t('records.field.photos')} optional={minPhotos(spec) === 0} error={error('photos')}>
            <PhotoPicker
              id={fieldId('photos')}
              value={draft.photos}
              onChange={(photos) => {
                set('photos', photos);
              }}
              disabled={saving}
            />
          </Field>
          <Field id={fieldId('date')} label={t('records.field.date')} error={error('date')}>
            <input
              id={fieldId('date')}
              type="date"
              className="input"
              value={draft.date}
              max={today}
              required
              aria-invalid={Boolean(errors.date)}
              aria-describedby={described('date')}
              onChange={(event) => {
                set('date', event.target.value);
              }}
            />
          </Field>
          <Field id={fieldId('summary')} label={t('records.field.summary')} error={error('summary')}>
            <textarea
              id={fieldId('summary')}
              className="input"
              rows={4}
              maxLength={summaryMaxLength}
              required
              placeholder={t('records.summaryPlaceholder')}
              aria-invalid={Boolean(errors.summary)}
              aria-describedby={described('summary')}
              value={draft.summary}
              onChange={(event) => {
                set('summary', event.target.value);
              }}
            />
          </Field>
          <fieldset className="field choice-group" aria-describedby={described('performers')}>
            <legend className="field-label">{t('records.field.performers')}</legend>
            {list.holderPostId && (
              <label className="check-row">
                <input
                  id={fieldId('performers')}
                  type="checkbox"
                  checked={draft.byHolder}
                  onChange={(event) => {
                    set('byHolder', event.target.checked);
                  }}
                />
                {t('records.byHolder', { org: list.holderOrg.name, post: list.holderPostTitle, person: list.currentHolder ?? '' })}
              </label>
            )}
            <input
              className="input"
              aria-label={t('records.field.others')}
              placeholder={t('records.othersPlaceholder')}
              maxLength={1000}
              value={draft.others}
              onChange={(event) => {
                set('others', event.target.value);
              }}
            />
            <div id={described('performers')} className="field-help">
              {error('performers') && (
                <p className="field-error" role="alert">
                  {error('performers')}
                </p>
              )}
            </div>
          </fieldset>
          <Field id={fieldId('place')} label={t('records.field.place')} optional>
            <input
              id={fieldId('place')}
              className="input"
              maxLength={200}
              placeholder={t('records.placePlaceholder')}
              value={draft.place}
              onChange={(event) => {
                set('place', event.target.value);
              }}
            />
          </Field>
          <div className={errors.gps ? 'field has-error' : 'field'} id={fieldId('gps')} tabIndex={-1}>
            <span className="field-label">{t('hazards.report.gps')}</span>
            <LocationStatus geo={geo} onRetry={locate} />
            {error('gps') && (
              <p className="field-error" role="alert">
                {error('gps')}
              </p>
            )}
          </div>
          <button type="submit" className="btn btn-primary btn-block btn-large" aria-busy={saving}>
            {saving && <span className="app-spinner-dot small" aria-hidden />}
            {t('records.submit')}
          </button>
        </fieldset>
      </form>
    </div>
  );
}
