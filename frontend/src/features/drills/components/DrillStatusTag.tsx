import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DrillStatus } from '../api/types';

/** Each state's colour, shared by the tag and the calendar. */
export const drillStatusColors: Record<DrillStatus, string> = {
  PLANNED: 'default',
  PREPARING: 'processing',
  READY: 'cyan',
  IN_PROGRESS: 'blue',
  CONDUCTED: 'green',
  TERMINATED: 'orange',
  EVALUATED: 'geekblue',
  CLOSED: 'purple',
  CANCELLED: 'default',
};

export function DrillStatusTag({ status }: { status: DrillStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={drillStatusColors[status]} data-testid="drill-status" data-status={status}>
      {t(`label.enum.DrillStatus.${status}`)}
    </Tag>
  );
}
