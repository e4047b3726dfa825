import { Button, Card, Descriptions, Flex, Segmented, Select, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { OfflineNotice, QueryPending } from '@/lib/QueryPending';
import { useStatutoryReport, type StatutoryPeriod, type StatutoryReport } from '../api/get-statutory-report';

type Row = StatutoryReport['items'][number];

const periods = ['1', '2', '3', '4', 'year'] as const;

/** The period in the URL; by default the last quarter that has ended, the one whose report is due next. */
export function parsePeriod(params: URLSearchParams, today = dayjs()): StatutoryPeriod {
  const lastQuarter = Math.floor(today.month() / 3);
  const fallback = lastQuarter === 0 ? { year: today.year() - 1, quarter: 4 } : { year: today.year(), quarter: lastQuarter };
  const year = Number(params.get('year'));
  if (!Number.isInteger(year) || year < 2000 || year > 2100) return fallback;
  const period = params.get('period');
  if (period === 'year') return { year };
  const quarter = Number(period);
  return quarter >= 1 && quarter <= 4 ? { year, quarter } : { year, quarter: fallback.quarter };
}

function DueTag({ due }: { due: string }) {
  const { t } = useTranslation();
  const days = dayjs(due).startOf('day').diff(dayjs().startOf('day'), 'day');
  if (days < 0) return <Tag color="default">{t('hazards.statutory.duePassed')}</Tag>;
  return <Tag color={days <= 15 ? 'red' : 'blue'}>{t('hazards.statutory.dueIn', { count: days })}</Tag>;
}

/** 隐患排查治理情况统计: the per-enterprise figures due each quarter (15th of the next month) and each year (31 January). */
export function StatutoryReportPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const period = parsePeriod(params);
  const report = useStatutoryReport(period);
  const first = report.data?.pages[0];
  const rows = report.data?.pages.flatMap((page) => page.items) ?? [];
  const select = (next: StatutoryPeriod) => {
    setParams({ year: String(next.year), period: next.quarter ? String(next.quarter) : 'year' });
  };
  const thisYear = dayjs().year();
  const number = (value: number) => value.toLocaleString(i18n.language);

  return (
    <Flex vertical gap="middle">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('hazards.statutory.title')}
      </Typography.Title>
      <Flex wrap gap="small" align="center">
        <Select<number>
          aria-label={t('hazards.statutory.year')}
          value={period.year}
          onChange={(year) => {
            select({ ...period, year });
          }}
          options={[0, 1, 2, 3, 4].map((back) => ({ value: thisYear - back, label: String(thisYear - back) }))}
          style={{ width: 100 }}
        />
        <Segmented<(typeof periods)[number]>
          aria-label={t('hazards.statutory.period')}
          value={period.quarter ? (String(period.quarter) as (typeof periods)[number]) : 'year'}
          onChange={(value) => {
            select({ year: period.year, quarter: value === 'year' ? undefined : Number(value) });
          }}
          options={periods.map((p) => ({ value: p, label: p === 'year' ? t('hazards.statutory.annual') : t('hazards.statutory.quarter', { quarter: p }) }))}
        />
      </Flex>
      {first && (
        <Card size="small">
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 3 }}
            items={[
              { key: 'period', label: t('hazards.statutory.period'), children: `${first.from} – ${dayjs(first.to).subtract(1, 'day').format('YYYY-MM-DD')}` },
              {
                key: 'due',
                label: t('hazards.statutory.dueDate'),
                children: (
                  <Flex gap="small" align="center" wrap data-testid="statutory-due">
                    <strong>{first.dueDate}</strong>
                    <DueTag due={first.dueDate} />
                  </Flex>
                ),
              },
              { key: 'rule', label: t('hazards.statutory.rule'), children: t('hazards.statutory.ruleText') },
            ]}
          />
        </Card>
      )}
      {report.data && <OfflineNotice updatedAt={report.dataUpdatedAt} />}
      {report.isError && !report.data ? (
        <ProblemAlert error={report.error} onRetry={() => void report.refetch()} />
      ) : !report.data ? (
        <QueryPending query={report} />
      ) : (
        <Table<Row>
          size="small"
          rowKey={(row) => row.enterprise.id}
          dataSource={rows}
          pagination={false}
          scroll={{ x: 760 }}
          columns={[
            { key: 'enterprise', title: t('hazards.field.enterprise'), render: (_, row) => row.enterprise.name, fixed: 'left', width: 200 },
            { key: 'found', title: t('hazards.statutory.found'), align: 'right', render: (_, row) => number(row.found) },
            { key: 'major', title: t('hazards.stats.major'), align: 'right', render: (_, row) => number(row.major) },
            { key: 'rectified', title: t('hazards.statutory.rectified'), align: 'right', render: (_, row) => number(row.rectified) },
            { key: 'open', title: t('hazards.stats.open'), align: 'right', render: (_, row) => number(row.open) },
            { key: 'overdue', title: t('hazards.stats.overdue'), align: 'right', render: (_, row) => number(row.overdue) },
            {
              key: 'rate',
              title: t('hazards.stats.closureRate'),
              align: 'right',
              render: (_, row) => (row.found === 0 ? '—' : `${(row.rectificationRate * 100).toFixed(1)}%`),
            },
            {
              key: 'funds',
              title: t('hazards.statutory.funds'),
              align: 'right',
              render: (_, row) => row.funds.toLocaleString(i18n.language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
            },
          ]}
        />
      )}
      {report.hasNextPage && (
        <Button block loading={report.isFetchingNextPage} onClick={() => void report.fetchNextPage()}>
          {t('common.loadMore')}
        </Button>
      )}
    </Flex>
  );
}
