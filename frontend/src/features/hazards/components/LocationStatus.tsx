import { EnvironmentOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import type { GeoState } from '../hooks/use-geolocation';

// antd's status tag colours are 1.8:1 to 2.5:1 on their tints; these darker shades of the same hues reach 5:1 and more.
const tones = {
  locating: { color: '#0958d9', background: '#e6f4ff', borderColor: '#91caff' },
  ok: { color: '#237804', background: '#f6ffed', borderColor: '#b7eb8f' },
  denied: { color: '#ad4e00', background: '#fff7e6', borderColor: '#ffd591' },
  unavailable: { color: '#ad4e00', background: '#fff7e6', borderColor: '#ffd591' },
} as const;

export function LocationStatus({ geo, onRetry }: { geo: GeoState; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Flex align="center" gap="small" wrap data-testid="gps-status">
      {/* A tag-like span, not antd's Tag: the report page is the field's cold load (bench/frontend). */}
      <span className="gps-tag" style={tones[geo.status]}>
        <EnvironmentOutlined />
        {geo.status === 'ok'
          ? t('hazards.gps.ok', { latitude: geo.latitude, longitude: geo.longitude, accuracy: geo.accuracy })
          : t(`hazards.gps.${geo.status}`)}
      </span>
      {(geo.status === 'denied' || geo.status === 'unavailable') && (
        <Button size="small" type="link" onClick={onRetry}>
          {t('hazards.gps.retry')}
        </Button>
      )}
    </Flex>
  );
}
