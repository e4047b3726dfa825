import { EnvironmentOutlined } from '@ant-design/icons';
import { Button, Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { GeoState } from '../hooks/use-geolocation';

const colors = { locating: 'processing', ok: 'success', denied: 'warning', unavailable: 'warning' } as const;

export function LocationStatus({ geo, onRetry }: { geo: GeoState; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Flex align="center" gap="small" wrap data-testid="gps-status">
      <Tag icon={<EnvironmentOutlined />} color={colors[geo.status]}>
        {geo.status === 'ok'
          ? t('hazards.gps.ok', { latitude: geo.latitude, longitude: geo.longitude, accuracy: geo.accuracy })
          : t(`hazards.gps.${geo.status}`)}
      </Tag>
      {(geo.status === 'denied' || geo.status === 'unavailable') && (
        <Button size="small" type="link" onClick={onRetry}>
          {t('hazards.gps.retry')}
        </Button>
      )}
    </Flex>
  );
}
