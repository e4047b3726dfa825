import { Alert, Button, Card, Flex, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useOrgNames } from '@/lib/orgs';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { QueryPending } from '@/lib/QueryPending';
import { isProblem } from '@/lib/problem';
import { useDrill, useDrillHistory } from '../api/drill';
import { isDrillAction, type DrillStatus } from '../api/types';
import { useDrillLog } from '../hooks/use-drill-log';
import { DrillActionBar } from './DrillActionBar';
import { DrillDocuments, DrillPhotos } from './DrillDocuments';
import { DrillEvaluationCard } from './DrillEvaluationCard';
import { DrillFacts } from './DrillFacts';
import { DrillFindingsCard } from './DrillFindingsCard';
import { DrillHistory } from './DrillHistory';
import { DrillLogList } from './DrillLogList';
import { DrillStatusTag } from './DrillStatusTag';

function DrillLogCard({ id, canLog }: { id: string; canLog: boolean }) {
  const { t } = useTranslation();
  const { entries, server } = useDrillLog(id);
  return (
    <Card
      size="small"
      title={t('drills.log.title')}
      extra={
        canLog && (
          <Link to={`/drills/${id}/log`} data-testid="drill-log-link">
            {t('drills.log.open')}
          </Link>
        )
      }
    >
      {server.isError ? <ProblemAlert error={server.error} onRetry={() => void server.refetch()} /> : <DrillLogList entries={entries} />}
    </Card>
  );
}

function DrillHistoryCard({ id }: { id: string }) {
  const { t } = useTranslation();
  const history = useDrillHistory(id);
  return (
    <Card size="small" title={t('drills.history.title')}>
      <DrillHistory
        query={history}
        testId="drill-history"
        actionLabel={(a) => (isDrillAction(a) ? t(`label.enum.DrillAction.${a}`) : undefined)}
        stateLabel={(s) => t(`label.enum.DrillStatus.${s as DrillStatus}`, { defaultValue: s })}
      />
    </Card>
  );
}

/** 演练详情 (desk): the drill's facts, its documents with what mark_ready still needs, the actions the server allows, its timeline and history. */
export function DrillDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const drill = useDrill(id);
  const names = useOrgNames(drill.data ? [drill.data.drill.orgId] : []);

  if (drill.isPending) return <QueryPending query={drill} />;
  if (drill.isError) {
    if (isProblem(drill.error, 404)) {
      return (
        <Result
          status="404"
          title={t('drills.detail.notFound')}
          extra={
            <Link to="/drills">
              <Button type="primary">{t('drills.detail.back')}</Button>
            </Link>
          }
        />
      );
    }
    return <ProblemAlert error={drill.error} onRetry={() => void drill.refetch()} />;
  }
  const d = drill.data.drill;
  return (
    <Flex vertical gap="middle">
      <Link to="/drills">{t('drills.detail.back')}</Link>
      <Flex vertical gap={4}>
        <Typography.Title level={3} style={{ margin: 0, overflowWrap: 'anywhere' }}>
          {d.title}
        </Typography.Title>
        <Flex wrap gap={4} align="center">
          <DrillStatusTag status={d.status} />
          <Typography.Text type="secondary">{d.plannedOn ?? d.conductedOn}</Typography.Text>
        </Flex>
      </Flex>
      {d.missingDocuments.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="missing-documents"
          title={t('drills.documents.missingSummary', { kinds: d.missingDocuments.map((k) => t(`label.enum.DrillFileKind.${k}`)).join('、') })}
        />
      )}
      <DrillActionBar versioned={drill.data} onReload={() => void drill.refetch()} />
      <Card size="small" title={t('drills.detail.facts')}>
        <DrillFacts drill={d} orgName={names.get(d.orgId) ?? ''} />
      </Card>
      <DrillEvaluationCard drill={d} />
      <DrillFindingsCard drill={d} />
      <Card size="small" title={t('drills.documents.title')}>
        <DrillDocuments versioned={drill.data} />
      </Card>
      <Card size="small" title={t('drills.photos.title')}>
        <DrillPhotos versioned={drill.data} />
      </Card>
      <DrillLogCard id={d.id} canLog={d.allowedActions.includes('LOG')} />
      <DrillHistoryCard id={d.id} />
    </Flex>
  );
}
