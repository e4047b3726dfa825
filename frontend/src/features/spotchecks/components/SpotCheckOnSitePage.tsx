import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMessage } from '@/lib/feedback';
import { Field } from '@/lib/FormField';
import { useOrgSearch } from '@/lib/orgs';
import { PhotoPicker } from '@/lib/PhotoPicker';
import { isProblem } from '@/lib/problem';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { useOnline } from '@/lib/use-online';
import { placeFieldErrors } from '@/lib/workflow/action-spec';
import { drillChoice, halfOf, useAttachSpotCheckFiles, useCreateSpotCheck, useTargetDrills } from '../api/spot-checks';
import { halfLabel } from './spot-check-text';

type Result = 'COMPLIANT' | 'NONCOMPLIANT';

interface Draft {
  targetOrgId: string;
  drillId: string;
  unannounced: boolean;
  result?: Result;
  findings: string;
}

const emptyDraft: Draft = { targetOrgId: '', drillId: '', unannounced: true, findings: '' };

/**
 * 现场抽查, on an inspector's phone: the enterprise checked, unannounced or not, the result and what was found, for the
 * current half-year, recorded at once (the check is DONE; the desk orders the correction), with the site photos taken
 * (attached as SITE_PHOTO once the check is saved). Plain HTML, no antd, 390px wide; online only: without a network the
 * form says so and sends nothing.
 */
export function SpotCheckOnSitePage() {
  const { t } = useTranslation();
  const ids = useId();
  const message = useMessage();
  const online = useOnline();
  const [q, setQ] = useState('');
  const orgs = useOrgSearch('ENTERPRISE', q);
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [attempted, setAttempted] = useState(false);
  const [key, setKey] = useState(() => crypto.randomUUID());
  const create = useCreateSpotCheck();
  const attach = useAttachSpotCheckFiles();
  const [photos, setPhotos] = useState<File[]>([]);
  // the code of the check saved whose photos were refused: the check stands, the photos are said not to
  const [photosOf, setPhotosOf] = useState<string | null>(null);
  const drills = useTargetDrills(draft.targetOrgId || undefined);
  const period = halfOf(new Date());
  // A server problem naming a field shows beside it; the rest above the button.
  const server = isProblem(create.error) ? placeFieldErrors(['targetOrgId', 'drillId', 'result', 'findings'], create.error.errors) : null;
  const serverError = (field: string) => server?.placed.get(field)?.join('；');
  const targetError = (attempted && !draft.targetOrgId ? t('spotChecks.onSite.targetRequired') : undefined) ?? serverError('targetOrgId');
  const drillError = serverError('drillId');
  const resultError = (attempted && !draft.result ? t('spotChecks.onSite.resultRequired') : undefined) ?? serverError('result');
  const findingsError =
    (attempted && draft.result === 'NONCOMPLIANT' && !draft.findings.trim() ? t('spotChecks.onSite.findingsRequired') : undefined) ?? serverError('findings');

  const onSubmit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempted(true);
    if (!draft.targetOrgId || !draft.result || (draft.result === 'NONCOMPLIANT' && !draft.findings.trim())) return;
    create.mutate(
      {
        idempotencyKey: key,
        input: {
          targetOrgId: draft.targetOrgId,
          drillId: draft.drillId || undefined,
          period, unannounced: draft.unannounced, result: draft.result, findings: draft.findings.trim() || undefined },
      },
      {
        onSuccess: (saved) => {
          void message.success(t('spotChecks.onSite.saved', { code: saved.code }));
          setPhotosOf(null);
          if (photos.length > 0) {
            const taken = photos;
            attach.mutate(
              { id: saved.id, kind: 'SITE_PHOTO', files: taken },
              {
                onSuccess: () => {
                  void message.success(t('spotChecks.onSite.photosSaved', { count: taken.length }));
                },
                onError: () => {
                  setPhotosOf(saved.code);
                },
              },
            );
          }
          setPhotos([]);
          setDraft(emptyDraft);
          setAttempted(false);
          setKey(crypto.randomUUID());
        },
      },
    );
  };

  return (
    <div className="report-page" data-testid="spot-check-on-site">
      <Link to="/drill-spot-checks">{t('spotChecks.onSite.toRegister')}</Link>
      <h1 className="page-title">{t('spotChecks.onSite.title')}</h1>
      <p className="field-hint">{t('spotChecks.onSite.subtitle', { period: halfLabel(t, period) })}</p>
      {!online && (
        <p className="report-offline-note" data-testid="offline-note">
          {t('spotChecks.onSite.offline')}
        </p>
      )}
      <form className="report-form" noValidate onSubmit={onSubmit}>
        <fieldset className="report-fields" disabled={create.isPending || attach.isPending}>
          <Field id={`${ids}-search`} label={t('spotChecks.onSite.search')} optional>
            <input
              id={`${ids}-search`}
              className="input"
              type="search"
              aria-describedby={`${ids}-search-help`}
              value={q}
              onChange={(e) => {
                setQ(e.target.value.trim());
              }}
            />
          </Field>
          <Field id={`${ids}-target`} label={t('spotChecks.field.target')} error={targetError}>
            <select
              id={`${ids}-target`}
              className="input"
              aria-invalid={Boolean(targetError)}
              aria-describedby={`${ids}-target-help`}
              value={draft.targetOrgId}
              onChange={(e) => {
                const targetOrgId = e.target.value;
                setDraft((d) => ({ ...d, targetOrgId, drillId: '' }));
              }}
            >
              <option value="">{t('spotChecks.onSite.choose')}</option>
              {(orgs.data ?? []).map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </Field>
          {draft.targetOrgId && (
            <Field id={`${ids}-drill`} label={t('spotChecks.field.drill')} error={drillError} optional>
              <select
                id={`${ids}-drill`}
                className="input"
                aria-describedby={`${ids}-drill-help`}
                value={draft.drillId}
                onChange={(e) => {
                  const drillId = e.target.value;
                  setDraft((d) => ({ ...d, drillId }));
                }}
              >
                <option value="">{drills.data?.length === 0 ? t('spotChecks.noDrills') : t('spotChecks.onSite.drillChoose')}</option>
                {(drills.data ?? []).map((d) => (
                  <option key={d.id} value={d.id}>
                    {drillChoice(d)}
                  </option>
                ))}
              </select>
            </Field>
          )}
          {drills.isError && <ProblemAlert error={drills.error} />}
          <label className="field">
            <span>
              <input
                type="checkbox"
                checked={draft.unannounced}
                onChange={(e) => {
                  const unannounced = e.target.checked;
                  setDraft((d) => ({ ...d, unannounced }));
                }}
              />{' '}
              {t('spotChecks.field.unannounced')}
            </span>
          </label>
          <fieldset className="field choice-group">
            <legend className="field-label">{t('spotChecks.field.result')}</legend>
            <div className="segmented">
              {(['COMPLIANT', 'NONCOMPLIANT'] as const).map((r) => (
                <label key={r} className={draft.result === r ? 'segment checked' : 'segment'}>
                  <input
                    type="radio"
                    name={`${ids}-result`}
                    value={r}
                    checked={draft.result === r}
                    onChange={() => {
                      setDraft((d) => ({ ...d, result: r }));
                    }}
                  />
                  {t(`label.enum.DrillSpotCheckResult.${r}`)}
                </label>
              ))}
            </div>
            {resultError && (
              <p className="field-error" role="alert">
                {resultError}
              </p>
            )}
          </fieldset>
          <Field id={`${ids}-findings`} label={t('spotChecks.field.findings')} error={findingsError} optional={draft.result !== 'NONCOMPLIANT'}>
            <textarea
              id={`${ids}-findings`}
              className="input"
              rows={4}
              maxLength={4000}
              aria-invalid={Boolean(findingsError)}
              aria-describedby={`${ids}-findings-help`}
              placeholder={t('spotChecks.onSite.findingsPlaceholder')}
              value={draft.findings}
              onChange={(e) => {
                const findings = e.target.value;
                setDraft((d) => ({ ...d, findings }));
              }}
            />
          </Field>
          <Field id={`${ids}-photos`} label={t('spotChecks.onSite.photos')} optional>
            <PhotoPicker id={`${ids}-photos`} value={photos} onChange={setPhotos} disabled={!online} />
          </Field>
          {create.isError && <ProblemAlert error={create.error} fieldErrors={server?.unmatched} />}
          {photosOf && attach.isError && (
            <div data-testid="photos-failed">
              <p className="field-error">{t('spotChecks.onSite.photosFailed', { code: photosOf })}</p>
              <ProblemAlert error={attach.error} />
            </div>
          )}
          <button type="submit" className="btn btn-primary btn-block btn-large" aria-busy={create.isPending} disabled={!online}>
            {t('spotChecks.onSite.submit')}
          </button>
        </fieldset>
      </form>
    </div>
  );
}
