import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AccountabilityStatus, AccountabilityType } from '../api/accountability-types';

const statusColors: Record<AccountabilityStatus, string> = {
  PROPOSED: 'default',
  ISSUED: 'processing',
  RESPONDED: 'cyan',
  CLOSED: 'green',
  ESCALATED: 'red',
  WITHDRAWN: 'purple',
};

export function ActionStatusTag({ status, overdue = false }: { status: AccountabilityStatus; overdue?: boolean }) {
  const { t } = useTranslation();
  return (
    <span>
      <Tag color={statusColors[status]} data-testid="action-status" data-status={status}>
        {t(`label.enum.AccountabilityStatus.${status}`)}
      </Tag>
      {overdue && (
        <Tag color="red" data-testid="action-overdue">
          {t('accountability.overdue')}
        </Tag>
      )}
    </span>
  );
}

export function ActionTypeTag({ type }: { type: AccountabilityType }) {
  const { t } = useTranslation();
  return (
    <Tag color={type === 'INTERVIEW' || type === 'WARNING_INTERVIEW' ? 'volcano' : 'blue'} data-testid="action-type">
      {t(`label.enum.AccountabilityType.${type}`)}
    </Tag>
  );
}
