import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOnline } from '@/lib/use-online';

/** Shown while the app runs on the last known identity: what works, and the way back to a real session. */
export function OfflineBanner({ onSignIn }: { onSignIn: () => void }) {
  const { t } = useTranslation();
  const online = useOnline();
  return (
    <Alert
      banner
      type={online ? 'info' : 'warning'}
      role="status"
      data-testid="offline-identity"
      title={online ? t('auth.offlineBack') : t('auth.offlineMode')}
      action={
        online ? (
          <Button size="small" type="primary" onClick={onSignIn}>
            {t('auth.signInAgain')}
          </Button>
        ) : undefined
      }
    />
  );
}
