import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { useLists } from '../api/get-lists';
import type { ListSummary } from '../api/list-types';
import { ListStatusTag } from './ListStatusTag';

/** Every version of one list (its lineage), newest first: the one shown, the older ones and which were superseded. */
export function ListVersions({ lineageId, currentId }: { lineageId: string; currentId: string }) {
  const { t, i18n } = useTranslation();
  const versions = useLists({ lineageId });
  if (versions.isError) return <ProblemAlert error={versions.error} onRetry={() => void versions.refetch()} />;
  const rows = (versions.data?.pages.flatMap((page) => page.items) ?? []).toSorted((a, b) => b.versionNo - a.versionNo);
  return (
    <Table<ListSummary>
      rowKey="id"
      size="small"
      loading={versions.isPending}
      dataSource={rows}
      pagination={false}
      data-testid="list-versions"
      columns={[
        {
          title: t('lists.field.version'),
          key: 'version',
          render: (_, v) =>
            v.id === currentId ? (
              <span>
                {t('lists.versionNo', { n: v.versionNo })} <Tag color="blue">{t('lists.current')}</Tag>
              </span>
            ) : (
              <Link to={`/lists/${encodeURIComponent(v.id)}`}>{t('lists.versionNo', { n: v.versionNo })}</Link>
            ),
        },
        {
          title: t('lists.field.status'),
          key: 'status',
          render: (_, v) => (v.status === 'SUPERSEDED' ? <Tag>{t('lists.supersededBy')}</Tag> : <ListStatusTag status={v.status} />),
        },
        { title: t('lists.field.docNumber'), key: 'doc', render: (_, v) => v.docNumber ?? '—' },
        { title: t('lists.field.effective'), key: 'effective', render: (_, v) => `${v.effectiveFrom} – ${v.effectiveTo}` },
        { title: t('lists.updated'), key: 'updated', render: (_, v) => new Date(v.updatedAt).toLocaleDateString(i18n.language) },
      ]}
    />
  );
}
