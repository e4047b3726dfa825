import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Empty, Flex, Segmented, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useIndustries, useIndustryName } from '@/lib/industries';
import { statusTone } from '@/lib/obligation-tone';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { QueryPending } from '@/lib/QueryPending';
import { useMe } from '@/lib/session';
import { useUrlFilters } from '@/lib/use-url-filters';
import { useCoverage, useDebts, useLedgerDownload, type CoverageFilters, type DrillCoverageCounts, type DrillDebt } from '../api/coverage';
import { ScenarioCoverage } from './ScenarioCoverage';

const toneColor = { green: 'green', amber: 'gold', red: 'red', neutral: 'default' } as const;

interface Row {
  key: string;
  name: string;
  counts: DrillCoverageCounts;
  strong?: boolean;
}

/** Red, yellow, green orgs, each count in words beside its colour (colour is never the only signal). */
function Colours({ counts }: { counts: DrillCoverageCounts }) {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap data-testid="coverage-colours">
      <Tag color="red">{t('drills.coverage.red', { count: counts.red })}</Tag>
      <Tag color="gold">{t('drills.coverage.yellow', { count: counts.yellow })}</Tag>
      <Tag color="green">{t('drills.coverage.green', { count: counts.green })}</Tag>
    </Space>
  );
}

function CoverageTable({ filters }: { filters: CoverageFilters }) {
  const { t } = useTranslation();
  const coverage = useCoverage(filters);
  if (coverage.isError) return <ProblemAlert error={coverage.error} onRetry={() => void coverage.refetch()} />;
  const c = coverage.data;
  const rows: Row[] = c
    ? [
        ...c.children.map((child) => ({ key: child.org.id, name: child.org.name, counts: child.counts })),
        { key: 'own', name: t('drills.coverage.own'), counts: c.own },
        ...(c.others ? [{ key: 'others', name: t('drills.coverage.others'), counts: c.others }] : []),
        { key: 'total', name: t('drills.coverage.total'), counts: c.total, strong: true },
      ]
    : [];
  const count = (value: number, strong?: boolean) => (strong ? <strong>{value}</strong> : value);
  return (
    <Table<Row>
      rowKey="key"
      size="small"
      loading={coverage.isPending}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 900 }}
      onRow={(row) => ({ 'data-testid': 'coverage-row', 'data-key': row.key }) as HTMLAttributes<HTMLElement>}
      locale={{ emptyText: <Empty description={t('drills.coverage.empty')} /> }}
      columns={[
        { title: t('drills.coverage.org'), key: 'name', render: (_, r) => (r.strong ? <strong>{r.name}</strong> : r.name) },
        { title: t('drills.coverage.orgs'), key: 'colours', render: (_, r) => <Colours counts={r.counts} /> },
        { title: t('label.enum.ObligationStatus.MISSED'), key: 'missed', width: 90, render: (_, r) => count(r.counts.missed, r.strong) },
        { title: t('label.enum.ObligationStatus.AT_RISK'), key: 'atRisk', width: 90, render: (_, r) => count(r.counts.atRisk, r.strong) },
        { title: t('label.enum.ObligationStatus.OPEN'), key: 'open', width: 90, render: (_, r) => count(r.counts.open, r.strong) },
        { title: t('label.enum.ObligationStatus.MET'), key: 'met', width: 90, render: (_, r) => count(r.counts.met, r.strong) },
      ]}
    />
  );
}

function DebtList({ filters }: { filters: CoverageFilters }) {
  const { t, i18n } = useTranslation();
  const industryName = useIndustryName();
  const debts = useDebts(filters);
  if (debts.isError) return <ProblemAlert error={debts.error} onRetry={() => void debts.refetch()} />;
  const items = debts.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Flex vertical gap="small">
      <Table<DrillDebt>
        rowKey={(d) => d.obligationId}
        size="small"
        loading={debts.isPending}
        dataSource={items}
        pagination={false}
        scroll={{ x: 900 }}
        onRow={() => ({ 'data-testid': 'drill-debt' }) as HTMLAttributes<HTMLElement>}
        locale={{ emptyText: <Empty description={t('drills.coverage.noDebts')} /> }}
        columns={[
          {
            title: t('drills.coverage.org'),
            key: 'org',
            render: (_, d) => (
              <Flex vertical>
                <span>{d.org.name}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {[d.industry ? industryName(d.industry) : null, d.emergencyKeyUnit ? t('drills.coverage.keyUnit') : null].filter(Boolean).join(' · ')}
                </Typography.Text>
              </Flex>
            ),
          },
          {
            title: t('drills.coverage.status'),
            key: 'status',
            width: 100,
            render: (_, d) => <Tag color={toneColor[statusTone[d.status]]}>{t(`label.enum.ObligationStatus.${d.status}`)}</Tag>,
          },
          { title: t('drills.coverage.reason'), key: 'reason', render: (_, d) => (i18n.language === 'en' ? d.reasonEn : d.reasonZh) },
          {
            title: t('drills.coverage.daysLeft'),
            key: 'daysLeft',
            width: 110,
            render: (_, d) => (
              <span data-testid="debt-days-left">{d.daysLeft > 0 ? t('drills.owed.daysLeft', { count: d.daysLeft }) : t('drills.owed.overdue')}</span>
            ),
          },
          { title: t('drills.coverage.citation'), key: 'citation', width: 220, render: (_, d) => d.citation },
        ]}
      />
      {debts.hasNextPage && (
        <Button block loading={debts.isFetchingNextPage} onClick={() => void debts.fetchNextPage()}>
          {t('common.loadMore')}
        </Button>
      )}
    </Flex>
  );
}

function LedgerButton({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const download = useLedgerDownload();
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().startOf('year'), dayjs()]);
  return (
    <Flex vertical gap={4}>
      <Space wrap>
        <DatePicker.RangePicker
          aria-label={t('drills.coverage.ledgerRange')}
          value={range}
          allowClear={false}
          onChange={(value) => {
            if (value?.[0] && value[1]) setRange([value[0], value[1]]);
          }}
        />
        <Button
          icon={<DownloadOutlined />}
          loading={download.isPending}
          onClick={() => {
            const [from, to] = range.map((d) => d.format('YYYY-MM-DD'));
            download.mutate({ orgId, from: from ?? '', to: to ?? '', fileName: t('drills.coverage.ledgerFile', { from, to }) });
          }}
        >
          {t('drills.coverage.ledger')}
        </Button>
      </Space>
      {download.isError && <ProblemAlert error={download.error} />}
    </Flex>
  );
}

type KeyUnitChoice = 'all' | 'key' | 'other';
type View = 'duty' | 'scenarios';

/** 演练覆盖: the drill duty of the caller's subtree per child org, red/yellow/green, by industry and key units; who owes what, and the 演练台账 (desk). */
export function DrillCoveragePage() {
  const me = useMe();
  if (!me.data) return <QueryPending query={me} />;
  return <Coverage orgId={me.data.org.id} orgName={me.data.org.name} />;
}

function Coverage({ orgId, orgName }: { orgId: string; orgName: string }) {
  const { t } = useTranslation();
  const [urlFilters, set] = useUrlFilters(['view', 'industry', 'keyUnit'] as const, (p) => ({
    view: p.get('view') ?? undefined,
    industry: p.get('industry') ?? undefined,
    keyUnit: p.get('keyUnit') ?? undefined,
  }));
  const view: View = urlFilters.view === 'scenarios' ? 'scenarios' : 'duty';
  const industries = useIndustries();
  const industryName = useIndustryName();
  const keyUnit: KeyUnitChoice = urlFilters.keyUnit === 'key' || urlFilters.keyUnit === 'other' ? urlFilters.keyUnit : 'all';
  const filters: CoverageFilters = {
    orgId,
    industry: urlFilters.industry,
    emergencyKeyUnit: keyUnit === 'all' ? undefined : keyUnit === 'key',
  };

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="start" wrap gap="small">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('drills.coverage.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{`${orgName} · ${t('drills.coverage.subtitle')}`}</Typography.Text>
        </div>
        <LedgerButton orgId={orgId} />
      </Flex>
      <Tabs
        activeKey={view}
        onChange={(key) => {
          set({ view: key === 'scenarios' ? 'scenarios' : undefined });
        }}
        items={[
          {
            key: 'duty',
            label: t('drills.coverage.tabDuty'),
            children: (
              <Flex vertical gap="middle">
                <Space wrap>
                  <Select
                    allowClear
                    aria-label={t('drills.coverage.industry')}
                    placeholder={t('drills.coverage.industry')}
                    style={{ minWidth: 200 }}
                    value={filters.industry}
                    loading={industries.isPending}
                    options={(industries.data ?? []).map((i) => ({ value: i.code, label: industryName(i.code) }))}
                    onChange={(value: string | undefined) => {
                      set({ industry: value });
                    }}
                  />
                  <Segmented<KeyUnitChoice>
                    value={keyUnit}
                    options={[
                      { value: 'all', label: t('drills.coverage.allUnits') },
                      { value: 'key', label: t('drills.coverage.keyUnits') },
                      { value: 'other', label: t('drills.coverage.otherUnits') },
                    ]}
                    onChange={(value) => {
                      set({ keyUnit: value === 'all' ? undefined : value });
                    }}
                  />
                </Space>
                <Card size="small" title={t('drills.coverage.byChild')} styles={{ body: { padding: 0 } }}>
                  <CoverageTable filters={filters} />
                </Card>
                <Card size="small" title={t('drills.coverage.debts')} styles={{ body: { padding: 0 } }}>
                  <DebtList filters={filters} />
                </Card>
              </Flex>
            ),
          },
          { key: 'scenarios', label: t('drills.coverage.tabScenarios'), children: <ScenarioCoverage orgId={orgId} /> },
        ]}
      />
    </Flex>
  );
}
