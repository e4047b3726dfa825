import { useTranslation } from 'react-i18next';
import { EnvironmentIcon } from '@/lib/icons';
import type { GeoState } from './use-geolocation';

export function LocationStatus({ geo, onRetry }: { geo: GeoState; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="gps-status" data-testid="gps-status">
      <span className={`gps-tag gps-${geo.status}`} role="status">
        <EnvironmentIcon />
        {geo.status === 'ok'
          ? t('hazards.gps.ok', { latitude: geo.latitude, longitude: geo.longitude, accuracy: geo.accuracy })
          : t(`hazards.gps.${geo.status}`)}
      </span>
      {(geo.status === 'denied' || geo.status === 'unavailable') && (
        <button type="button" className="link-button" onClick={onRetry}>
          {t('hazards.gps.retry')}
        </button>
      )}
    </div>
  );
}
