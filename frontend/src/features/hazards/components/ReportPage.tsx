import { useEffect, useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useMessage } from '@/lib/feedback';
import { can, useMe } from '@/lib/session';
import { useOnline } from '@/lib/use-online';
import { hazardCategories, hazardLevels, hazardSources, type HazardSource } from '../api/types';
import { useGeolocation } from '@/lib/use-geolocation';
import { kickSync } from '@/lib/offline-queue/active-worker';
import { reportDb } from '@/lib/offline-queue/db';
import { enqueueReport, resubmitReport } from '@/lib/offline-queue/enqueue';
import { isHazardReport, type QueuedHazardReport } from '@/lib/offline-queue/types';
import { uploadOutcome } from '@/lib/offline-queue/upload-outcome';
import { EnterprisePicker } from './EnterprisePicker';
import { LocationStatus } from '@/lib/LocationStatus';
import { Field } from '@/lib/FormField';
import { PhotoPicker } from '@/lib/PhotoPicker';
import { optionalText, titleMaxLength, validateReport, type ReportDraft, type ReportErrors } from './report-form';

const firstInvalid: readonly (keyof ReportErrors)[] = ['enterpriseId', 'title'];

/**
 * 上报隐患, phone first: photo, enterprise, title, level, category, a few taps. Native form controls and the app's
 * CSS, no antd: this is the field's cold load (bench/frontend). The report is written to the phone (IndexedDB)
 * before anything is sent, so it survives no network, a closed tab or a dead battery; the sync worker sends it when it
 * can, once (its id is the Idempotency-Key).
 */
export function ReportPage() {
  const { t } = useTranslation();
  const message = useMessage();
  const navigate = useNavigate();
  const online = useOnline();
  const me = useMe();
  const [params] = useSearchParams();
  const editId = params.get('edit');
  const ids = useId();
  const id = (field: string) => `${ids}-${field}`;
  const [geo, locate] = useGeolocation();
  const [saving, setSaving] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const [editing, setEditing] = useState<QueuedHazardReport>();
  const [enterpriseName, setEnterpriseName] = useState<string>();
  const isEnterprise = me.data?.org.kind === 'ENTERPRISE';
  const canPickSource = can(me.data, 'SUPERVISE_HAZARDS');
  const defaultSource: HazardSource = isEnterprise ? 'SELF_CHECK' : 'INSPECTION';
  const [draft, setDraft] = useState<ReportDraft>({
    photos: [],
    enterpriseId: '',
    title: '',
    level: 'GENERAL',
    category: 'OTHER',
    source: 'INSPECTION',
    description: '',
    locationText: '',
  });
  const set = <K extends keyof ReportDraft>(field: K, value: ReportDraft[K]) => {
    setDraft((current) => ({ ...current, [field]: value }));
  };
  // Messages appear once the user tried to send, then follow what they type.
  const errors = attempted ? validateReport(draft, { needsEnterprise: !isEnterprise }) : {};
  const error = (field: keyof ReportErrors) => (errors[field] ? t(errors[field]) : undefined);

  // Fixing a report the server refused: load it back into the form.
  useEffect(() => {
    if (!editId) return;
    void reportDb.reports.get(editId).then((item) => {
      if (!item || !isHazardReport(item)) return;
      setEditing(item);
      setEnterpriseName(item.enterpriseName);
      setDraft((current) => ({
        ...current,
        enterpriseId: item.input.enterpriseId ?? '',
        title: item.input.title,
        level: item.input.level,
        category: item.input.category,
        source: item.input.source,
        description: item.input.description ?? '',
        locationText: item.input.locationText ?? '',
      }));
    });
  }, [editId]);

  const save = async () => {
    setSaving(true);
    try {
      const input: QueuedHazardReport['input'] = {
        title: draft.title.trim(),
        level: draft.level,
        category: draft.category,
        source: isEnterprise ? 'SELF_CHECK' : canPickSource ? draft.source : defaultSource,
        description: optionalText(draft.description),
        locationText: optionalText(draft.locationText),
        enterpriseId: isEnterprise ? undefined : draft.enterpriseId,
        discoveredAt: editing?.input.discoveredAt ?? new Date().toISOString(),
      };
      const where = editing?.input.latitude !== undefined ? editing.input : geo.status === 'ok' ? geo : undefined;
      if (where?.latitude !== undefined && where.longitude !== undefined) {
        input.latitude = where.latitude;
        input.longitude = where.longitude;
      }
      const name = isEnterprise ? me.data?.org.name : enterpriseName;
      const saved = editing
        ? await resubmitReport(reportDb, editing.id, input, name)
        : await enqueueReport(reportDb, { input, enterpriseName: name, photos: draft.photos });
      const sending = kickSync();
      if (saved && sending && online) {
        // The message lasts as long as the upload, then says how it ended.
        void message.open({ key: saved.id, type: 'loading', content: t('hazards.report.queuedOnline'), duration: 0 });
        void uploadOutcome(reportDb, saved.id).then(({ outcome, code }) => {
          const type = outcome === 'sent' ? 'success' : outcome === 'failed' ? 'error' : 'info';
          void message.open({ key: saved.id, type, content: t(`hazards.report.upload.${outcome}`, { code }), duration: 4 });
        });
      } else {
        void message.success(t('hazards.report.queuedOffline'));
      }
      void navigate('/hazards/queue');
    } finally {
      setSaving(false);
    }
  };

  const onSubmit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempted(true);
    const found = validateReport(draft, { needsEnterprise: !isEnterprise });
    const first = firstInvalid.find((field) => found[field]);
    if (first) {
      document.getElementById(id(first))?.focus();
      return;
    }
    void save();
  };

  const described = (field: string) => `${id(field)}-help`;

  return (
    <div className="report-page">
      <h1 className="page-title">{editing ? t('hazards.report.fixTitle') : t('hazards.report.title')}</h1>
      {!online && (
        <p className="report-offline-note" data-testid="offline-note">
          {t('hazards.report.offlineNote')}
        </p>
      )}
      <form className="report-form" noValidate onSubmit={onSubmit}>
        <fieldset className="report-fields" disabled={saving}>
          {!editing && (
            <Field id={id('photos')} label={t('hazards.report.photos')} optional>
              <PhotoPicker
                id={id('photos')}
                value={draft.photos}
                onChange={(photos) => {
                  set('photos', photos);
                }}
                disabled={saving}
              />
            </Field>
          )}
          {!isEnterprise && (
            <Field id={id('enterpriseId')} label={t('hazards.field.enterprise')} hint={t('hazards.report.enterpriseHint')} error={error('enterpriseId')}>
              <EnterprisePicker
                id={id('enterpriseId')}
                value={draft.enterpriseId}
                chosenName={enterpriseName}
                invalid={Boolean(errors.enterpriseId)}
                describedBy={described('enterpriseId')}
                onChange={(enterpriseId, enterprise) => {
                  set('enterpriseId', enterpriseId);
                  setEnterpriseName(enterprise?.name);
                }}
              />
            </Field>
          )}
          <Field id={id('title')} label={t('hazards.field.title')} error={error('title')}>
            <input
              id={id('title')}
              className="input"
              value={draft.title}
              maxLength={titleMaxLength}
              required
              placeholder={t('hazards.report.titlePlaceholder')}
              aria-invalid={Boolean(errors.title)}
              aria-describedby={described('title')}
              onChange={(event) => {
                set('title', event.target.value);
              }}
            />
          </Field>
          <fieldset className="field choice-group">
            <legend className="field-label">{t('hazards.field.level')}</legend>
            <div className="segmented">
              {hazardLevels.map((level) => (
                <label key={level} className={draft.level === level ? 'segment checked' : 'segment'}>
                  <input
                    type="radio"
                    name={id('level')}
                    value={level}
                    checked={draft.level === level}
                    onChange={() => {
                      set('level', level);
                    }}
                  />
                  {t(`label.enum.Level.${level}`)}
                </label>
              ))}
            </div>
          </fieldset>
          <Field id={id('category')} label={t('hazards.field.category')}>
            <select
              id={id('category')}
              className="input"
              value={draft.category}
              onChange={(event) => {
                set('category', event.target.value as ReportDraft['category']);
              }}
            >
              {hazardCategories.map((category) => (
                <option key={category} value={category}>
                  {t(`label.enum.Category.${category}`)}
                </option>
              ))}
            </select>
          </Field>
          {canPickSource && (
            <Field id={id('source')} label={t('hazards.field.source')} optional>
              <select
                id={id('source')}
                className="input"
                value={draft.source}
                onChange={(event) => {
                  set('source', event.target.value as HazardSource);
                }}
              >
                {hazardSources
                  .filter((source) => source !== 'SELF_CHECK')
                  .map((source) => (
                    <option key={source} value={source}>
                      {t(`label.enum.Source.${source}`)}
                    </option>
                  ))}
              </select>
            </Field>
          )}
          <Field id={id('description')} label={t('hazards.field.description')} optional>
            <textarea
              id={id('description')}
              className="input"
              rows={3}
              maxLength={4000}
              value={draft.description}
              onChange={(event) => {
                set('description', event.target.value);
              }}
            />
          </Field>
          <Field id={id('location')} label={t('hazards.field.location')} optional>
            <input
              id={id('location')}
              className="input"
              maxLength={200}
              placeholder={t('hazards.report.locationPlaceholder')}
              value={draft.locationText}
              onChange={(event) => {
                set('locationText', event.target.value);
              }}
            />
          </Field>
          <div className="field">
            <span className="field-label">{t('hazards.report.gps')}</span>
            <LocationStatus geo={geo} onRetry={locate} />
          </div>
          <button type="submit" className="btn btn-primary btn-block btn-large" aria-busy={saving}>
            {saving && <span className="app-spinner-dot small" aria-hidden />}
            {t('hazards.report.submit')}
          </button>
        </fieldset>
      </form>
    </div>
  );
}
