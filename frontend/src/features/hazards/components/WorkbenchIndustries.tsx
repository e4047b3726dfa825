import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { useIndustryName } from '@/lib/industries';
import { OfflineNotice, QueryPending } from '@/lib/QueryPending';
import { useMe } from '@/lib/session';
import { WorkbenchPanel } from '@/lib/workbench';
import { useHazardStats } from '../api/get-hazard-stats';
import { CountRow } from './WorkbenchCountRow';

/** A department's industries: each one it supervises with its ticket count, opening that industry's figures. */
export function IndustriesCard() {
  const { t } = useTranslation();
  const me = useMe();
  const industryName = useIndustryName();
  const stats = useHazardStats();
  const supervised = me.data?.scope.supervisedIndustries ?? [];
  const counts = new Map((stats.data?.byIndustry ?? []).map((row) => [row.key, row.count]));
  const industries = supervised.length > 0 ? supervised : [...counts.keys()];
  return (
    <WorkbenchPanel id="industries" title={t('workbench.industries.title')}>
      {!stats.data ? (
        stats.isError ? null : <QueryPending query={stats} padding={16} />
      ) : industries.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('common.empty')} />
      ) : (
        <>
          <OfflineNotice updatedAt={stats.dataUpdatedAt} />
          <ul className="workbench-rows">
            {industries.map((code) => (
              <CountRow
                key={code}
                testId={`workbench-industry-${code}`}
                label={industryName(code)}
                count={counts.get(code) ?? 0}
                to={`/hazards/stats?industry=${encodeURIComponent(code)}`}
              />
            ))}
          </ul>
        </>
      )}
    </WorkbenchPanel>
  );
}
