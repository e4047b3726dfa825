import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { YearPlanStatus } from '../api/types';

const colors: Record<YearPlanStatus, string> = { DRAFT: 'default', SUBMITTED: 'processing', APPROVED: 'green' };

export function YearPlanStatusTag({ status }: { status: YearPlanStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={colors[status]} data-testid="year-plan-status" data-status={status}>
      {t(`label.enum.YearPlanStatus.${status}`)}
    </Tag>
  );
}
