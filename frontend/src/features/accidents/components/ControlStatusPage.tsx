import { Alert, Button, Card, DatePicker, Empty, Flex, Progress, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiClient } from '@/lib/api-context';
import { fetchBinary, saveBlob } from '@/lib/download';
import { OrgSelect } from '@/lib/OrgSelect';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { useMe } from '@/lib/session';
import { useUrlFilters } from '@/lib/use-url-filters';
import { useControlStatus } from '../api/get-control-status';
import type { ControlStatusItem, ControlWarningLevel } from '../api/types';

/** 在控 green, 预警 amber, 超标 red; the tag always says it in words too. */
export const warningColor: Record<ControlWarningLevel, string> = { OK: 'green', WARNING: 'orange', EXCEEDED: 'red' };
const strokeColor: Record<ControlWarningLevel, string> = { OK: '#52c41a', WARNING: '#faad14', EXCEEDED: '#f5222d' };

interface ControlFilters {
  orgId?: string;
  month?: string;
}

function parseControlFilters(params: URLSearchParams): ControlFilters {
  const filters: ControlFilters = {};
  const orgId = params.get('orgId');
  if (orgId) filters.orgId = orgId;
  const month = params.get('month');
  if (month && /^\d{4}-(0[1-9]|1[0-2])$/.test(month)) filters.month = month;
  return filters;
}

const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** 控制指标月度通报 of the org as Excel: each of its territories and departments against its ceilings, in words. */
function BulletinButton({ orgId, year, month }: { orgId?: string; year: number; month: number }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string>();
  const download = async () => {
    if (!orgId) return;
    setBusy(true);
    setFailed(undefined);
    try {
      const query = new URLSearchParams({ orgId, year: String(year), month: String(month) });
      const blob = await fetchBinary(client, `/api/v1/control-indicator-status/bulletin.xlsx?${query.toString()}`, xlsx);
      saveBlob(blob, t('accidents.control.bulletinFile', { year, month }));
    } catch (error) {
      setFailed(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button loading={busy} disabled={!orgId} onClick={() => void download()}>
        {t('accidents.control.bulletin')}
      </Button>
      {failed && <Alert type="error" showIcon title={failed} />}
    </>
  );
}

function plain(n: number): string {
  return n.toLocaleString('zh-CN', { maximumFractionDigits: 2 });
}

/**
 * 控制指标: an org's ceilings for the year (its signed 目标管理责任书) against the accidents of its subtree from 1 January
 * to the chosen month's end, with the status in colour and in words (desk).
 */
export function ControlStatusPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [filters, setFilters] = useUrlFilters(['orgId', 'month'] as const, parseControlFilters);
  const orgId = filters.orgId ?? me.data?.org.id;
  const month: Dayjs = filters.month ? dayjs(`${filters.month}-01`) : dayjs();
  const status = useControlStatus(orgId, month.year(), month.month() + 1);
  const data = status.data;

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" wrap gap="small">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('accidents.control.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('accidents.control.subtitle')}</Typography.Text>
        </div>
        <Link to="/accidents">{t('accidents.title')}</Link>
      </Flex>
      <Space wrap>
        <OrgSelect
          kind="REGION"
          ariaLabel={t('accidents.control.org')}
          placeholder={t('accidents.control.org')}
          value={orgId}
          onChange={(next) => {
            setFilters({ orgId: next });
          }}
          style={{ width: 220 }}
        />
        <DatePicker
          picker="month"
          aria-label={t('accidents.control.month')}
          allowClear={false}
          value={month}
          disabledDate={(d) => d.isAfter(dayjs(), 'month')}
          onChange={(next) => {
            if (next) setFilters({ month: next.format('YYYY-MM') });
          }}
        />
        <BulletinButton orgId={orgId} year={month.year()} month={month.month() + 1} />
      </Space>
      {status.isError ? (
        <ProblemAlert error={status.error} onRetry={() => void status.refetch()} />
      ) : (
        <Card
          size="small"
          title={data ? t('accidents.control.heading', { org: data.orgName, year: data.year, month: data.month }) : undefined}
          extra={data && <Typography.Text type="secondary">{t('accidents.control.asOf', { day: data.asOf })}</Typography.Text>}
          styles={{ body: { padding: 0 } }}
        >
          <Table<ControlStatusItem>
            rowKey="metric"
            size="small"
            loading={status.isPending && Boolean(orgId)}
            dataSource={data?.items ?? []}
            pagination={false}
            scroll={{ x: 900 }}
            locale={{ emptyText: <Empty description={t('accidents.control.empty')} /> }}
            onRow={(item) => ({ 'data-testid': 'control-row', 'data-metric': item.metric, 'data-level': item.level }) as React.HTMLAttributes<HTMLElement>}
            columns={[
              { title: t('accidents.control.metric'), key: 'metric', render: (_, item) => t(`label.enum.IndicatorMetric.${item.metric}`) },
              { title: t('accidents.control.ceiling'), key: 'ceiling', align: 'right', render: (_, item) => plain(item.ceiling) },
              { title: t('accidents.control.actual'), key: 'actual', align: 'right', render: (_, item) => <span data-testid="control-actual">{plain(item.actual)}</span> },
              {
                title: t('accidents.control.percent'),
                key: 'percent',
                width: 200,
                render: (_, item) =>
                  item.percent === null ? (
                    t('accidents.control.zeroCeiling')
                  ) : (
                    <Progress
                      percent={Math.min(item.percent, 100)}
                      format={() => `${plain(item.percent ?? 0)}%`}
                      strokeColor={strokeColor[item.level]}
                      size="small"
                    />
                  ),
              },
              {
                title: t('accidents.control.level'),
                key: 'level',
                render: (_, item) => (
                  <Tag color={warningColor[item.level]} data-testid="control-level">
                    {t(`label.enum.ControlWarningLevel.${item.level}`)}
                  </Tag>
                ),
              },
              {
                title: t('accidents.control.reason'),
                key: 'reason',
                render: (_, item) => (
                  <div>
                    <div>{item.reason}</div>
                    {item.childrenExceedCeiling && (
                      <Typography.Text type="warning" style={{ fontSize: 12 }}>
                        {t('accidents.control.childrenExceed', { total: plain(item.childrenCeilingTotal) })}
                      </Typography.Text>
                    )}
                  </div>
                ),
              },
            ]}
          />
        </Card>
      )}
      {data && data.items.some((item) => item.level !== 'OK') && (
        <Alert type="warning" showIcon title={t('accidents.control.attention')} />
      )}
    </Flex>
  );
}
