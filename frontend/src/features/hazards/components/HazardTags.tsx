import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HazardLevel, HazardState } from '../api/types';

const stateColors: Record<HazardState, string> = {
  REPORTED: 'gold',
  CONFIRMED: 'orange',
  RECTIFYING: 'blue',
  PENDING_ACCEPTANCE: 'purple',
  CLOSED: 'green',
  REJECTED: 'default',
};

export function StateTag({ state }: { state: HazardState }) {
  const { t } = useTranslation();
  return (
    <Tag color={stateColors[state]} data-testid="hazard-state">
      {t(`label.enum.State.${state}`)}
    </Tag>
  );
}

export function LevelTag({ level }: { level: HazardLevel }) {
  const { t } = useTranslation();
  return <Tag color={level === 'MAJOR' ? 'red' : 'default'}>{t(`label.enum.Level.${level}`)}</Tag>;
}

export function OverdueTag({ overdue }: { overdue: boolean }) {
  const { t } = useTranslation();
  return overdue ? <Tag color="error">{t('hazards.overdue')}</Tag> : null;
}
