import { Button, Card, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { useAudit, type AuditEntry } from '../api/get-audit';

function entityLink(entry: AuditEntry) {
  const label = `${entry.entityType} ${entry.entityId}`;
  return entry.entityType.toLowerCase() === 'org' ? (
    <Link to={`/orgs/${encodeURIComponent(entry.entityId)}`}>{label}</Link>
  ) : (
    label
  );
}

export function AuditPage() {
  const { t, i18n } = useTranslation();
  const audit = useAudit();
  const items = audit.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Flex vertical gap="middle">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('audit.title')}
      </Typography.Title>
      {audit.isError ? (
        <ProblemAlert error={audit.error} onRetry={() => void audit.refetch()} />
      ) : (
        <Card size="small" styles={{ body: { padding: 0 } }}>
          <Table<AuditEntry>
            rowKey="id"
            size="small"
            loading={audit.isPending}
            dataSource={items}
            pagination={false}
            scroll={{ x: 560 }}
            columns={[
              {
                key: 'at',
                title: t('audit.at'),
                render: (_, entry) => new Date(entry.at).toLocaleString(i18n.language),
              },
              { key: 'actor', title: t('audit.actor'), dataIndex: 'actorName' },
              { key: 'action', title: t('audit.action'), dataIndex: 'action' },
              { key: 'entity', title: t('audit.entity'), render: (_, entry) => entityLink(entry) },
            ]}
          />
        </Card>
      )}
      {audit.hasNextPage && (
        <Button block loading={audit.isFetchingNextPage} onClick={() => void audit.fetchNextPage()}>
          {t('common.loadMore')}
        </Button>
      )}
    </Flex>
  );
}
