import { Button, Card, Empty, Flex, InputNumber, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOrgNames } from '@/lib/orgs';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { can, useMe } from '@/lib/session';
import { useUrlFilters } from '@/lib/use-url-filters';
import { useYearPlans } from '../api/year-plans';
import type { YearPlan } from '../api/types';
import { OwnOrgSelect } from './OwnOrgSelect';
import { YearPlanStatusTag } from './YearPlanStatusTag';

/** This year in China, where plan years run. */
export function currentYear(): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));
}

/** 年度演练计划: the yearly drill plans in the caller's scope by org and year, with their approval status (desk). */
export function YearPlansPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [filters, setFilters] = useUrlFilters(['year', 'orgId'] as const, (p) => ({ year: p.get('year') ?? undefined, orgId: p.get('orgId') ?? undefined }));
  const year = Number(filters.year) || currentYear();
  const orgId = filters.orgId;
  const plans = useYearPlans({ orgId, year });
  const items = plans.data?.pages.flatMap((p) => p.items) ?? [];
  const names = useOrgNames(items.map((p) => p.orgId));

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" wrap gap="small">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('drills.yearPlans.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('drills.yearPlans.subtitle')}</Typography.Text>
        </div>
        {can(me.data, 'MANAGE_DRILLS') && (
          <Link to={`/drills/year-plans/new?year=${year}`}>
            <Button type="primary">{t('drills.yearPlans.new')}</Button>
          </Link>
        )}
      </Flex>
      <Space wrap>
        <InputNumber
          aria-label={t('drills.field.year')}
          prefix={t('drills.field.year')}
          min={2000}
          max={2100}
          value={year}
          onChange={(value) => {
            setFilters({ year: value ? String(value) : undefined });
          }}
        />
        {me.data && me.data.org.kind !== 'ENTERPRISE' && (
          <div style={{ minWidth: 280 }}>
            <OwnOrgSelect
              me={me.data}
              value={orgId}
              onChange={(value) => {
                setFilters({ orgId: value });
              }}
            />
          </div>
        )}
      </Space>
      {plans.isError ? (
        <ProblemAlert error={plans.error} onRetry={() => void plans.refetch()} />
      ) : (
        <Card size="small" styles={{ body: { padding: 0 } }}>
          <Table<YearPlan>
            rowKey="id"
            size="small"
            loading={plans.isPending}
            dataSource={items}
            pagination={false}
            scroll={{ x: 800 }}
            locale={{ emptyText: <Empty description={t('drills.yearPlans.empty')} /> }}
            columns={[
              { title: t('drills.yearPlans.planTitle'), key: 'title', render: (_, p) => <Link to={`/drills/year-plans/${p.id}`}>{p.title}</Link> },
              { title: t('drills.field.org'), key: 'org', render: (_, p) => names.get(p.orgId) ?? '' },
              { title: t('drills.field.year'), dataIndex: 'year', width: 80 },
              { title: t('drills.yearPlans.items'), key: 'items', width: 110, render: (_, p) => t('drills.yearPlans.itemCount', { count: p.items.length }) },
              { title: t('drills.yearPlans.drills'), key: 'drills', width: 110, render: (_, p) => t('drills.yearPlans.drillCount', { count: p.drills.length }) },
              { title: t('drills.field.approval'), key: 'status', width: 110, render: (_, p) => <YearPlanStatusTag status={p.status} /> },
            ]}
          />
        </Card>
      )}
      {plans.hasNextPage && (
        <Button block loading={plans.isFetchingNextPage} onClick={() => void plans.fetchNextPage()}>
          {t('common.loadMore')}
        </Button>
      )}
    </Flex>
  );
}
