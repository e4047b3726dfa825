import { FileExcelOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { OfflineNotice, QueryPending } from '@/lib/QueryPending';
import { isProblem } from '@/lib/problem';
import { can, useMe } from '@/lib/session';
import { useMediaQuery } from '@/lib/use-media-query';
import { useHazardExport } from '../api/export-hazards';
import { useHazards } from '../api/get-hazards';
import { useHazardFilters } from '../hooks/use-hazard-filters';
import { HazardCards } from './HazardCards';
import { HazardFilterBar } from './HazardFilterBar';
import { PhoneFilters } from './PhoneFilters';
import { HazardTable } from './HazardTable';

export function HazardListPage() {
  const { t } = useTranslation();
  const desktop = useMediaQuery('(min-width: 768px)');
  const [filters, setFilters] = useHazardFilters();
  const hazards = useHazards(filters);
  const me = useMe();
  const exporter = useHazardExport();
  const items = hazards.data?.pages.flatMap((page) => page.items) ?? [];

  const body = () => {
    if (hazards.isPending && hazards.fetchStatus === 'paused') return <QueryPending query={hazards} />;
    if (desktop) return <HazardTable items={items} loading={hazards.isPending} />;
    if (hazards.isPending) return <QueryPending query={hazards} padding={24} />;
    if (items.length === 0) return <Empty description={t('common.empty')} />;
    return <HazardCards items={items} />;
  };

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" wrap gap="small">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('hazards.title')}
        </Typography.Title>
        <Space wrap>
          <Button
            icon={<FileExcelOutlined />}
            loading={exporter.isPending}
            onClick={() => {
              exporter.mutate({ filters, fileName: t('hazards.export.xlsxFileName') });
            }}
          >
            {t('hazards.export.xlsx')}
          </Button>
          {can(me.data, 'REPORT_HAZARDS') && (
            <Link to="/hazards/report">
              <Button type="primary">{t('hazards.report.title')}</Button>
            </Link>
          )}
        </Space>
      </Flex>
      {desktop ? (
        <HazardFilterBar filters={filters} onChange={setFilters} />
      ) : (
        <PhoneFilters filters={filters} onChange={setFilters} />
      )}
      {exporter.isError &&
        (isProblem(exporter.error, 422) ? (
          <Alert
            type="warning"
            showIcon
            role="alert"
            title={t('hazards.export.tooManyTitle')}
            description={
              <>
                <div>{t('hazards.export.tooManyHint')}</div>
                {exporter.error.detail && <div>{exporter.error.detail}</div>}
              </>
            }
            closable={{
              onClose: () => {
                exporter.reset();
              },
            }}
          />
        ) : (
          <ProblemAlert error={exporter.error} />
        ))}
      <OfflineNotice updatedAt={hazards.dataUpdatedAt} />
      {hazards.isError && !hazards.data ? (
        <ProblemAlert error={hazards.error} onRetry={() => void hazards.refetch()} />
      ) : desktop ? (
        <Card size="small" styles={{ body: { padding: 0 } }}>
          {body()}
        </Card>
      ) : (
        body()
      )}
      {hazards.hasNextPage && (
        <Button block loading={hazards.isFetchingNextPage} onClick={() => void hazards.fetchNextPage()}>
          {t('common.loadMore')}
        </Button>
      )}
    </Flex>
  );
}
