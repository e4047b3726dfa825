import { WarningOutlined } from '@ant-design/icons';
import { Alert, Flex, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OfflineNotice, QueryPending } from '@/lib/QueryPending';
import { WorkbenchPanel } from '@/lib/workbench';
import { useHazardStats } from '../api/get-hazard-stats';

/** A leader's (and an office's) figures for its territory, and the warnings that need its attention. */
export function TerritoryCard() {
  const { t } = useTranslation();
  const stats = useHazardStats();
  const data = stats.data;
  const lagging = (data?.byTerritory ?? [])
    .filter((row) => row.overdue > 0)
    .sort((a, b) => b.overdue - a.overdue)
    .slice(0, 3);
  return (
    <WorkbenchPanel id="territory" title={t('workbench.territory.title')} extra={<Link to="/hazards/stats">{t('nav.stats')}</Link>}>
      {!data ? (
        stats.isError ? null : <QueryPending query={stats} padding={16} />
      ) : (
        <Flex vertical gap="small">
          <OfflineNotice updatedAt={stats.dataUpdatedAt} />
          <Flex gap="large" wrap>
            <Statistic title={t('hazards.stats.total')} value={data.total} />
            <Statistic title={t('hazards.stats.open')} value={data.open} />
            <Statistic title={t('hazards.stats.closureRate')} value={data.closureRate * 100} precision={1} suffix="%" />
          </Flex>
          <ul className="workbench-rows" data-testid="workbench-warnings">
            {data.overdue > 0 && (
              <li>
                <Link to="/hazards?overdue=true">
                  <Alert type="error" showIcon icon={<WarningOutlined />} title={t('workbench.territory.overdue', { count: data.overdue })} />
                </Link>
              </li>
            )}
            {data.majorUnderSupervision > 0 && (
              <li>
                <Alert type="warning" showIcon title={t('workbench.territory.majorSupervised', { count: data.majorUnderSupervision })} />
              </li>
            )}
            {lagging.map((row) => (
              <li key={row.territory.id}>
                <Link to={`/hazards/stats?territoryId=${row.territory.id}`}>
                  <Alert type="warning" showIcon title={t('workbench.territory.lagging', { name: row.territory.name, count: row.overdue })} />
                </Link>
              </li>
            ))}
            {data.overdue === 0 && data.majorUnderSupervision === 0 && (
              <li>
                <Alert type="success" showIcon title={t('workbench.territory.noWarnings')} />
              </li>
            )}
          </ul>
        </Flex>
      )}
    </WorkbenchPanel>
  );
}
