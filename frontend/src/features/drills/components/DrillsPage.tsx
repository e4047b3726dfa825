import { Button, Card, Empty, Flex, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOrgNames } from '@/lib/orgs';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { can, useMe } from '@/lib/session';
import { drillDay, useDrills } from '../api/drills';
import type { Drill } from '../api/types';
import { DrillStatusTag } from './DrillStatusTag';

/** 演练记录: the drills planned and held in the caller's scope, latest day first, with the plans they exercised (desk). */
export function DrillsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const drills = useDrills(undefined);
  const items = drills.data?.pages.flatMap((p) => p.items) ?? [];
  const names = useOrgNames(items.map((d) => d.orgId));

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" wrap gap="small">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('drills.list.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('drills.list.subtitle')}</Typography.Text>
        </div>
        <Space wrap>
          <Link to="/drills/owed">{t('drills.owed.title')}</Link>
          <Link to="/drills/calendar">{t('drills.calendar.title')}</Link>
          <Link to="/drills/year-plans">{t('drills.yearPlans.title')}</Link>
          <Link to="/drills/plans">{t('drills.plans.title')}</Link>
          {can(me.data, 'MANAGE_DRILLS') && (
            <>
              <Link to="/drills/new">
                <Button>{t('drills.record.title')}</Button>
              </Link>
              <Link to="/drills/plan">
                <Button type="primary">{t('drills.plan.title')}</Button>
              </Link>
            </>
          )}
        </Space>
      </Flex>
      {drills.isError ? (
        <ProblemAlert error={drills.error} onRetry={() => void drills.refetch()} />
      ) : (
        <Card size="small" styles={{ body: { padding: 0 } }}>
          <Table<Drill>
            rowKey="id"
            size="small"
            loading={drills.isPending}
            dataSource={items}
            pagination={false}
            scroll={{ x: 900 }}
            locale={{ emptyText: <Empty description={t('drills.list.empty')} /> }}
            columns={[
              { title: t('drills.field.drillTitle'), key: 'title', render: (_, d) => <Link to={`/drills/${d.id}`}>{d.title}</Link> },
              { title: t('drills.field.organiser'), key: 'org', render: (_, d) => names.get(d.orgId) ?? '' },
              { title: t('drills.field.day'), key: 'day', render: (_, d) => drillDay(d) ?? '' },
              {
                title: t('drills.field.formScope'),
                key: 'form',
                render: (_, d) => `${t(`label.enum.DrillForm.${d.form}`)} · ${t(`label.enum.DrillScope.${d.scope}`)}`,
              },
              {
                title: t('drills.field.status'),
                key: 'status',
                render: (_, d) => (
                  <span>
                    <DrillStatusTag status={d.status} />
                    {d.terminationReason && <Typography.Text type="secondary">{t(`label.enum.TerminationReason.${d.terminationReason}`)}</Typography.Text>}
                  </span>
                ),
              },
              {
                title: t('drills.field.plans'),
                key: 'plans',
                render: (_, d) =>
                  d.plans.length === 0
                    ? t('common.none')
                    : d.plans.map((p) => <Tag key={p.id}>{`${p.title}（${t(`label.enum.EmergencyPlanKind.${p.kind}`)}）`}</Tag>),
              },
              {
                title: t('drills.field.countsFor'),
                key: 'countsFor',
                render: (_, d) => (d.countsFor.length > 0 ? t('drills.list.countsFor', { count: d.countsFor.length }) : t('drills.list.countsForNone')),
              },
            ]}
          />
        </Card>
      )}
      {drills.hasNextPage && (
        <Button block loading={drills.isFetchingNextPage} onClick={() => void drills.fetchNextPage()}>
          {t('common.loadMore')}
        </Button>
      )}
    </Flex>
  );
}
