import { Button, Card, Empty, Flex, Select, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OrgSelect } from '@/lib/OrgSelect';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { YearSelect } from '@/lib/YearSelect';
import { useIndustryName } from '@/lib/industries';
import { useOrgNames } from '@/lib/orgs';
import { can, useMe } from '@/lib/session';
import { useAccidents } from '../api/get-accidents';
import { accidentLevels, type Accident, type AccidentLevel } from '../api/types';
import { useAccidentFilters } from '../hooks/use-accident-filters';
import { AccidentLevelTag, ReportingIssueTags } from './AccidentTags';
import { formatTime, formatWanYuan } from './format';

/** 事故登记: the accidents of the caller's scope, latest first, filtered by year, territory and level (desk). */
export function AccidentsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [filters, setFilters] = useAccidentFilters();
  const accidents = useAccidents(filters);
  const items = accidents.data?.pages.flatMap((page) => page.items) ?? [];
  const names = useOrgNames(items.flatMap((a) => [a.territoryId, a.enterpriseId]));
  const industryName = useIndustryName();

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" wrap gap="small">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('accidents.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('accidents.subtitle')}</Typography.Text>
        </div>
        <Space>
          <Link to="/accidents/control">{t('accidents.control.title')}</Link>
          {can(me.data, 'RECORD_ACCIDENTS') && (
            <Link to="/accidents/new">
              <Button type="primary">{t('accidents.new')}</Button>
            </Link>
          )}
        </Space>
      </Flex>
      <Space wrap>
        <YearSelect
          label={t('accidents.filter.year')}
          value={filters.year}
          onChange={(year) => {
            setFilters({ year });
          }}
          labelOf={(year) => t('accidents.filter.yearValue', { year })}
          width={120}
        />
        <OrgSelect
          kind="REGION"
          ariaLabel={t('accidents.filter.territory')}
          placeholder={t('accidents.filter.territory')}
          value={filters.orgId}
          onChange={(orgId) => {
            setFilters({ orgId });
          }}
          style={{ width: 200 }}
        />
        <Select<AccidentLevel>
          aria-label={t('accidents.filter.level')}
          placeholder={t('accidents.filter.level')}
          allowClear
          value={filters.level}
          onChange={(level) => {
            setFilters({ level });
          }}
          options={accidentLevels.map((level) => ({ value: level, label: t(`label.enum.AccidentLevel.${level}`) }))}
          style={{ width: 160 }}
        />
      </Space>
      {accidents.isError ? (
        <ProblemAlert error={accidents.error} onRetry={() => void accidents.refetch()} />
      ) : (
        <Card size="small" styles={{ body: { padding: 0 } }}>
          <Table<Accident>
            rowKey="id"
            size="small"
            loading={accidents.isPending}
            dataSource={items}
            pagination={false}
            scroll={{ x: 1100 }}
            locale={{ emptyText: <Empty description={t('accidents.empty')} /> }}
            columns={[
              {
                title: t('accidents.field.title'),
                key: 'title',
                render: (_, a) => (
                  <div>
                    <Link to={`/accidents/${a.id}`}>{a.title}</Link>
                    <div>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {a.code}
                      </Typography.Text>
                    </div>
                  </div>
                ),
              },
              { title: t('accidents.field.occurredAt'), key: 'occurredAt', render: (_, a) => formatTime(a.occurredAt) },
              {
                title: t('accidents.field.where'),
                key: 'where',
                render: (_, a) => (
                  <div>
                    <div>{names.get(a.territoryId) ?? ''}</div>
                    {a.enterpriseId && <Typography.Text type="secondary">{names.get(a.enterpriseId) ?? ''}</Typography.Text>}
                  </div>
                ),
              },
              { title: t('accidents.field.industry'), key: 'industry', render: (_, a) => (a.industry ? industryName(a.industry) : '') },
              { title: t('accidents.field.level'), key: 'level', render: (_, a) => <AccidentLevelTag level={a.level} /> },
              { title: t('accidents.field.deaths'), dataIndex: 'deaths', align: 'right' },
              { title: t('accidents.field.seriousInjuries'), dataIndex: 'seriousInjuries', align: 'right' },
              { title: t('accidents.field.directLossWan'), key: 'loss', align: 'right', render: (_, a) => formatWanYuan(a.directLossYuan) },
              { title: t('accidents.field.reporting'), key: 'reporting', render: (_, a) => <ReportingIssueTags issues={a.reportingIssues} /> },
            ]}
          />
        </Card>
      )}
      {accidents.hasNextPage && (
        <Button block loading={accidents.isFetchingNextPage} onClick={() => void accidents.fetchNextPage()}>
          {t('common.loadMore')}
        </Button>
      )}
    </Flex>
  );
}
