import { CameraOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { WorkbenchPanel } from '@/lib/workbench';
import { pendingCount, useReportQueue } from '@/lib/offline-queue/use-report-queue';
import { CountRow } from './WorkbenchCountRow';

/** The field worker's first job: report what was found; and what this phone still has to send. */
export function ReportCard() {
  const { t } = useTranslation();
  const queue = useReportQueue();
  const failed = queue?.filter((item) => item.status === 'failed').length;
  return (
    <WorkbenchPanel id="report" title={t('workbench.report.title')}>
      <Flex vertical gap="small">
        <Typography.Text type="secondary">{t('workbench.report.hint')}</Typography.Text>
        <Link to="/hazards/report">
          <Button type="primary" size="large" block icon={<CameraOutlined />}>
            {t('hazards.report.title')}
          </Button>
        </Link>
        <ul className="workbench-rows">
          <CountRow testId="workbench-outbox" label={t('workbench.report.outbox')} count={queue && pendingCount(queue)} to="/hazards/queue" />
          {failed !== undefined && failed > 0 && (
            <CountRow testId="workbench-outbox-failed" label={t('workbench.report.failed')} count={failed} to="/hazards/queue" warn />
          )}
        </ul>
      </Flex>
    </WorkbenchPanel>
  );
}
