import { FilePdfOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { QueryPending } from '@/lib/QueryPending';
import { isProblem } from '@/lib/problem';
import { useDossierDownload } from '../api/export-hazards';
import { useHazard } from '../api/get-hazard';
import { ActionBar } from './ActionBar';
import { HazardPhotos } from './HazardPhotos';
import { HazardRecords } from './HazardRecords';
import { HazardSummary } from './HazardSummary';
import { LevelTag, OverdueTag, StateTag } from './HazardTags';
import { HazardTimeline } from './HazardTimeline';

export function HazardDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const hazard = useHazard(id);
  const dossier = useDossierDownload();

  if (hazard.isPending) return <QueryPending query={hazard} />;
  if (hazard.isError) {
    if (isProblem(hazard.error, 404)) {
      return (
        <Result
          status="404"
          title={t('hazards.notFoundTitle')}
          subTitle={t('hazards.notFoundDetail')}
          extra={
            <Link to="/hazards">
              <Button type="primary">{t('hazards.backToList')}</Button>
            </Link>
          }
        />
      );
    }
    return <ProblemAlert error={hazard.error} onRetry={() => void hazard.refetch()} />;
  }
  const h = hazard.data.hazard;
  return (
    <Flex vertical gap="middle">
      <Flex vertical gap={4}>
        <Typography.Title level={3} style={{ margin: 0, overflowWrap: 'anywhere' }}>
          {h.title}
        </Typography.Title>
        <Flex wrap gap={4} align="center">
          <StateTag state={h.state} />
          <LevelTag level={h.level} />
          <OverdueTag overdue={h.overdue} />
          <Typography.Text type="secondary" data-testid="hazard-code">
            {h.code}
          </Typography.Text>
          <Button
            size="small"
            icon={<FilePdfOutlined />}
            loading={dossier.isPending}
            onClick={() => {
              dossier.mutate({ id: h.id, code: h.code });
            }}
          >
            {t('hazards.export.dossier')}
          </Button>
        </Flex>
      </Flex>
      {dossier.isError && <ProblemAlert error={dossier.error} />}
      <ActionBar versioned={hazard.data} onReload={() => void hazard.refetch()} />
      <HazardRecords hazard={h} />
      <Card size="small" title={t('hazards.detail')}>
        <HazardSummary hazard={h} />
      </Card>
      <Card size="small" title={t('hazards.photo.title')}>
        <HazardPhotos attachments={h.attachments} />
      </Card>
      <Card size="small" title={t('hazards.history.title')}>
        <HazardTimeline id={h.id} />
      </Card>
    </Flex>
  );
}
