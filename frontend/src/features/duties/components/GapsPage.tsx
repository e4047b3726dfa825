import { Alert, Card, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useIndustryName } from '@/lib/industries';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { useGaps, type DutyGaps } from '../api/get-duty-reports';

type Enterprise = DutyGaps['unsupervisedEnterprises'][number];

/** 三管三必须 gap finder: enterprises whose industry no department of their region or above answers for. */
export function GapsPage() {
  const { t } = useTranslation();
  const industryName = useIndustryName();
  const gaps = useGaps();
  return (
    <Flex vertical gap="middle">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('duties.gaps.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('duties.gaps.subtitle')}</Typography.Text>
      </div>
      {gaps.data?.truncated && <Alert type="info" showIcon title={t('duties.gaps.truncated')} />}
      {gaps.isError ? (
        <ProblemAlert error={gaps.error} onRetry={() => void gaps.refetch()} />
      ) : (
        <Card size="small" title={t('duties.gaps.unsupervised', { count: gaps.data?.unsupervisedEnterprises.length ?? 0 })} styles={{ body: { padding: 0 } }}>
          <Table<Enterprise>
            rowKey="id"
            size="small"
            loading={gaps.isPending}
            dataSource={gaps.data?.unsupervisedEnterprises ?? []}
            pagination={false}
            data-testid="gaps"
            columns={[
              { title: t('duties.gaps.enterprise'), key: 'name', render: (_, e) => <Link to={`/orgs/${encodeURIComponent(e.id)}`}>{e.name}</Link> },
              { title: t('duties.gaps.code'), dataIndex: 'code' },
              { title: t('duties.gaps.industry'), key: 'industry', render: (_, e) => industryName(e.industry) },
              { title: t('duties.gaps.territory'), key: 'territory', render: (_, e) => e.territory ?? '—' },
            ]}
          />
        </Card>
      )}
    </Flex>
  );
}
