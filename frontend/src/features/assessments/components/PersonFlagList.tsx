import { List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PersonFlag } from '../api/accountability-types';

/** Award and promotion bars (A5, A6): who, which bar, its period, whether it holds today, and the action behind it. */
export function PersonFlagList({ flags, linkActions = false }: { flags: readonly PersonFlag[]; linkActions?: boolean }) {
  const { t } = useTranslation();
  return (
    <List
      size="small"
      dataSource={[...flags]}
      locale={{ emptyText: t('accountability.flags.empty') }}
      renderItem={(f) => (
        <List.Item data-testid="person-flag" data-active={f.active}>
          <div style={{ minWidth: 0 }}>
            <Typography.Text strong>{f.personName}</Typography.Text>
            {f.postTitle && <Typography.Text type="secondary">（{f.postTitle}）</Typography.Text>}
            <Typography.Text type="secondary"> · {f.org.name}</Typography.Text>
            <div>
              <Tag color={f.kind === 'PROMOTION_BAR' ? 'volcano' : 'orange'}>{t(`label.enum.PersonFlagKind.${f.kind}`)}</Tag>
              <span data-testid="person-flag-period">{t('accountability.flags.period', { from: f.from, to: f.to })}</span>{' '}
              {f.active ? <Tag color="red">{t('accountability.flags.active')}</Tag> : <Tag>{t('accountability.flags.inactive')}</Tag>}
              {linkActions && f.sourceActionId && <Link to={`/accountability/${f.sourceActionId}`}>{t('accountability.flags.source')}</Link>}
            </div>
          </div>
        </List.Item>
      )}
    />
  );
}
