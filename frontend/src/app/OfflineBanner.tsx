import { useTranslation } from 'react-i18next';
import { useOnline } from '@/lib/use-online';

/** Shown while the app runs on the last known identity: what works, and the way back to a real session. */
export function OfflineBanner({ onSignIn }: { onSignIn: () => void }) {
  const { t } = useTranslation();
  const online = useOnline();
  return (
    <div className={online ? 'notice notice-info banner' : 'notice notice-warning banner'} role="status" data-testid="offline-identity">
      <span>{online ? t('auth.offlineBack') : t('auth.offlineMode')}</span>
      {online && (
        <button type="button" className="btn btn-primary btn-small" onClick={onSignIn}>
          {t('auth.signInAgain')}
        </button>
      )}
    </div>
  );
}
