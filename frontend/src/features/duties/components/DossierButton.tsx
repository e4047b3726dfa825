import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '@/lib/api-context';
import { fetchBinary, saveBlob } from '@/lib/download';

/**
 * 我的履职档案: the caller's duty dossier (PDF) for this year so far, fetched with the bearer token and saved as a
 * file. Plain HTML for the phone page.
 */
export function DossierButton({ username, year }: { username: string; year: number }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string>();
  const download = async () => {
    setBusy(true);
    setFailed(undefined);
    try {
      const query = new URLSearchParams({ personRef: username, from: `${year}-01-01` });
      saveBlob(await fetchBinary(client, `/api/v1/duty-reports/dossier.pdf?${query.toString()}`, 'application/pdf'), t('duties.mine.dossierFile', { year }));
    } catch (error) {
      setFailed(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      <button type="button" className="btn btn-block" aria-busy={busy} onClick={() => void download()}>
        {busy && <span className="app-spinner-dot small" aria-hidden />}
        {t('duties.mine.dossier')}
      </button>
      {failed && (
        <p className="notice notice-warning" role="alert">
          {failed}
        </p>
      )}
    </div>
  );
}
