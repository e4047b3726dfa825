import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ListStatus } from '../api/list-types';

const colors: Record<ListStatus, string> = {
  DRAFT: 'default',
  IN_REVIEW: 'processing',
  PUBLISHED: 'blue',
  SIGNED: 'cyan',
  ACTIVE: 'green',
  CLOSED: 'default',
  ARCHIVED: 'default',
  DISCARDED: 'default',
  SUPERSEDED: 'default',
};

export function ListStatusTag({ status }: { status: ListStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={colors[status]} data-testid="list-status">
      {t(`label.enum.ListStatus.${status}`)}
    </Tag>
  );
}
