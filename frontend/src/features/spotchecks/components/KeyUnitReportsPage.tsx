import { DownloadOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Select, Table, Tag, Typography } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { recentHalves, useKeyUnitReports, useSupervisionSummaryDownload, type KeyUnitReport } from '../api/spot-checks';
import { halfLabel } from './spot-check-text';

const statusColor: Record<KeyUnitReport['status'], string> = { RECEIVED: 'green', LATE: 'gold', DUE: 'blue', MISSING: 'red', NO_DRILL: 'red' };

/** How a unit stands, in words beside its colour: days late, days since the unreported drill. */
function daysText(t: ReturnType<typeof useTranslation>['t'], r: KeyUnitReport): string {
  if (r.days === null) return '';
  switch (r.status) {
    case 'RECEIVED':
    case 'LATE':
      return t('keyUnitReports.reportedAfter', { count: r.days });
    case 'DUE':
    case 'MISSING':
      return t('keyUnitReports.sinceDrill', { count: r.days });
    default:
      return '';
  }
}

/**
 * 重点单位演练报告: per emergency key unit of the scope, whether its drills of a half reached the regulator in time (§3.6
 * item 4); the half's year's plan and drill supervision summary for the superior department (D22) is downloaded here.
 */
export function KeyUnitReportsPage() {
  const { t } = useTranslation();
  const halves = recentHalves();
  const [half, setHalf] = useState(halves[0] ?? '');
  const reports = useKeyUnitReports(half);
  const summary = useSupervisionSummaryDownload();
  const year = Number(half.slice(0, 4));
  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" wrap gap="small">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('keyUnitReports.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('keyUnitReports.subtitle', { days: reports.data?.reportDays ?? 15 })}</Typography.Text>
        </div>
        <Flex gap="small" wrap>
          <Select aria-label={t('spotChecks.field.period')} style={{ minWidth: 150 }} value={half} onChange={setHalf}
            options={halves.map((h) => ({ value: h, label: halfLabel(t, h) }))} />
          <Button
            icon={<DownloadOutlined />}
            loading={summary.isPending}
            onClick={() => {
              summary.mutate({ year, fileName: t('keyUnitReports.summaryFile', { year }) });
            }}
          >
            {t('keyUnitReports.summary', { year })}
          </Button>
        </Flex>
      </Flex>
      {summary.isError && <ProblemAlert error={summary.error} />}
      {reports.isError && <ProblemAlert error={reports.error} onRetry={() => void reports.refetch()} />}
      <Table<KeyUnitReport>
        rowKey={(r) => r.org.id}
        size="small"
        loading={reports.isPending}
        dataSource={reports.data?.items ?? []}
        pagination={false}
        scroll={{ x: 800 }}
        onRow={() => ({ 'data-testid': 'key-unit-row' }) as HTMLAttributes<HTMLElement>}
        locale={{ emptyText: <Empty description={t('keyUnitReports.empty')} /> }}
        columns={[
          { title: t('keyUnitReports.unit'), key: 'org', render: (_, r) => r.org.name },
          { title: t('keyUnitReports.category'), key: 'category', width: 180, render: (_, r) => t(`label.enum.EmergencyKeyCategory.${r.emergencyKeyCategory}`) },
          {
            title: t('keyUnitReports.drills'),
            key: 'drills',
            render: (_, r) => (r.drills.length === 0 ? '—' : r.drills.map((d) => `${d.conductedOn} ${d.title}`).join('；')),
          },
          {
            title: t('keyUnitReports.reportedAt'),
            key: 'reportedAt',
            width: 130,
            render: (_, r) => r.drills.map((d) => (d.reportedToRegulatorAt ? d.reportedToRegulatorAt.slice(0, 10) : '—')).join('；'),
          },
          {
            title: t('keyUnitReports.status'),
            key: 'status',
            width: 220,
            render: (_, r) => (
              <span data-testid="key-unit-status">
                <Tag color={statusColor[r.status]}>{t(`label.enum.KeyUnitReportStatus.${r.status}`)}</Tag>
                {daysText(t, r)}
              </span>
            ),
          },
        ]}
      />
    </Flex>
  );
}
