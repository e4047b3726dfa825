import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OfflineNotice } from '@/lib/QueryPending';
import { WorkbenchPanel } from '@/lib/workbench';
import { useHazardStats } from '../api/get-hazard-stats';
import { useHazardCount } from '../api/get-hazards';
import { CountRow } from './WorkbenchCountRow';

/** A supervisor's queue: what waits for its decision, with counts, each opening the matching list. */
export function SupervisionCard() {
  const { t } = useTranslation();
  const stats = useHazardStats();
  const extensions = useHazardCount({ extensionRequested: true });
  const byState = (state: string) => (stats.data ? (stats.data.byState.find((c) => c.key === state)?.count ?? 0) : undefined);
  const extensionCount = extensions.data ? `${extensions.data.count}${extensions.data.more ? '+' : ''}` : undefined;
  return (
    <WorkbenchPanel id="supervision" title={t('workbench.supervision.title')} extra={<Link to="/hazards/tasks">{t('nav.tasks')}</Link>}>
      {stats.data && <OfflineNotice updatedAt={stats.dataUpdatedAt} />}
      <ul className="workbench-rows">
        <CountRow testId="workbench-to-confirm" label={t('workbench.supervision.toConfirm')} count={byState('REPORTED')} to="/hazards?state=REPORTED" />
        <CountRow
          testId="workbench-to-accept"
          label={t('workbench.supervision.toAccept')}
          count={byState('PENDING_ACCEPTANCE')}
          to="/hazards?state=PENDING_ACCEPTANCE"
        />
        <CountRow
          testId="workbench-overdue"
          label={t('workbench.supervision.overdue')}
          count={stats.data?.overdue}
          to="/hazards?overdue=true"
          warn={(stats.data?.overdue ?? 0) > 0}
        />
        <CountRow
          testId="workbench-major-supervised"
          label={t('workbench.supervision.majorSupervised')}
          count={stats.data?.majorUnderSupervision}
          to="/hazards?level=MAJOR&state=CONFIRMED&state=RECTIFYING&state=PENDING_ACCEPTANCE"
        />
        <CountRow
          testId="workbench-extensions"
          label={t('workbench.supervision.extensions')}
          count={extensionCount}
          to="/hazards?extensionRequested=true"
        />
      </ul>
    </WorkbenchPanel>
  );
}
