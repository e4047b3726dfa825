import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Hazard } from '../api/types';
import { LevelTag, OverdueTag, StateTag } from './HazardTags';

/** Desktop: one row per ticket, the deadline red when overdue. */
export function HazardTable({ items, loading }: { items: Hazard[]; loading: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <Table<Hazard>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={items}
      pagination={false}
      scroll={{ x: 960 }}
      aria-label={t('hazards.title')}
      columns={[
        { title: t('hazards.field.code'), dataIndex: 'code', width: 150, render: (code: string, h) => <Link to={`/hazards/${h.id}`}>{code}</Link> },
        { title: t('hazards.field.title'), dataIndex: 'title', ellipsis: true, render: (title: string, h) => <Link to={`/hazards/${h.id}`}>{title}</Link> },
        { title: t('hazards.field.level'), dataIndex: 'level', width: 80, render: (_, h) => <LevelTag level={h.level} /> },
        {
          title: t('hazards.field.state'),
          dataIndex: 'state',
          width: 150,
          render: (_, h) => (
            <>
              <StateTag state={h.state} />
              <OverdueTag overdue={h.overdue} />
            </>
          ),
        },
        { title: t('hazards.field.enterprise'), width: 220, ellipsis: true, render: (_, h) => h.enterprise?.name ?? h.territory.name },
        {
          title: t('hazards.field.deadline'),
          dataIndex: 'deadline',
          width: 120,
          render: (deadline: string | null, h) =>
            deadline ? <Typography.Text type={h.overdue ? 'danger' : undefined}>{deadline}</Typography.Text> : '—',
        },
        {
          title: t('hazards.field.discoveredAt'),
          dataIndex: 'discoveredAt',
          width: 170,
          render: (at: string) => new Date(at).toLocaleString(i18n.language),
        },
      ]}
    />
  );
}
