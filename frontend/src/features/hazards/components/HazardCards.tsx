import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Hazard } from '../api/types';
import { LevelTag, OverdueTag, StateTag } from './HazardTags';

/** Phone: one tappable card per ticket. */
export function HazardCards({ items }: { items: Hazard[] }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap="small" component="ul" className="hazard-cards" aria-label={t('hazards.title')}>
      {items.map((h) => (
        <li key={h.id}>
          <Link to={`/hazards/${h.id}`} className="hazard-card-link">
            <Card size="small" hoverable>
              <Flex justify="space-between" gap="small" align="start">
                <Typography.Text strong className="hazard-card-title">
                  {h.title}
                </Typography.Text>
                <StateTag state={h.state} />
              </Flex>
              <Flex wrap gap={4} align="center" style={{ marginTop: 4 }}>
                <LevelTag level={h.level} />
                <OverdueTag overdue={h.overdue} />
                <Typography.Text type="secondary">{h.code}</Typography.Text>
              </Flex>
              {/* The name may be cut short, the deadline never is. */}
              <Flex gap="small" justify="space-between" style={{ marginTop: 4 }}>
                <Typography.Text type="secondary" ellipsis style={{ minWidth: 0 }}>
                  {h.enterprise?.name ?? h.territory.name}
                </Typography.Text>
                {h.deadline && (
                  <Typography.Text type="secondary" style={{ flex: 'none' }} data-testid="hazard-card-deadline">
                    {t('hazards.field.deadline')} {h.deadline}
                  </Typography.Text>
                )}
              </Flex>
            </Card>
          </Link>
        </li>
      ))}
    </Flex>
  );
}
