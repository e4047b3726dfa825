import { Button, Card, Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { QueryPending } from '@/lib/QueryPending';
import { useOrgs } from '../api/get-orgs';
import { useOrgFilters } from '../hooks/use-org-filters';
import { OrgBreadcrumb } from './OrgBreadcrumb';
import { OrgFilterBar } from './OrgFilterBar';
import { OrgRow } from './OrgRow';

export function OrgListPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useOrgFilters();
  const orgs = useOrgs(filters);
  const items = orgs.data?.pages.flatMap((page) => page.items) ?? [];

  const body = () => {
    if (orgs.isPending) return <QueryPending query={orgs} padding={24} />;
    if (items.length === 0) return <Empty description={t('common.empty')} style={{ padding: 24 }} />;
    return (
      <ul className="org-list" aria-label={t('orgs.title')}>
        {items.map((org) => (
          <OrgRow
            key={org.id}
            org={org}
            onBrowseChildren={(parent) => {
              setFilters({ parentId: parent.id, q: undefined });
            }}
          />
        ))}
      </ul>
    );
  };

  return (
    <Flex vertical gap="middle">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('orgs.title')}
      </Typography.Title>
      <OrgBreadcrumb
        parentId={filters.parentId}
        onNavigate={(parentId) => {
          setFilters({ parentId });
        }}
      />
      <OrgFilterBar filters={filters} onChange={setFilters} />
      {orgs.isError ? (
        <ProblemAlert error={orgs.error} onRetry={() => void orgs.refetch()} />
      ) : (
        <Card size="small" styles={{ body: { padding: 0 } }}>
          {body()}
        </Card>
      )}
      {orgs.hasNextPage && (
        <Button block loading={orgs.isFetchingNextPage} onClick={() => void orgs.fetchNextPage()}>
          {t('common.loadMore')}
        </Button>
      )}
    </Flex>
  );
}
