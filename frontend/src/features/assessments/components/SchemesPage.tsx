import { Button, Card, Empty, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { useListPending } from '@/lib/QueryPending';
import { can, useMe } from '@/lib/session';
import { useSchemes } from '../api/schemes';
import type { Scheme } from '../api/types';
import { SchemeStatusTag } from './StatusTags';

/** 考核方案: the schemes the caller issues and the published schemes of the orgs above it, latest first. */
export function SchemesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const schemes = useSchemes({});
  const pending = useListPending(schemes, <Empty description={t('assessments.schemes.empty')} />);

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" wrap gap="small">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('assessments.schemes.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('assessments.schemes.subtitle')}</Typography.Text>
        </div>
        {can(me.data, 'MANAGE_ASSESSMENT_SCHEMES') && (
          <Link to="/assessments/schemes/new">
            <Button type="primary">{t('assessments.schemes.new')}</Button>
          </Link>
        )}
      </Flex>
      {schemes.isError ? (
        <ProblemAlert error={schemes.error} onRetry={() => void schemes.refetch()} />
      ) : (
        <Card size="small" styles={{ body: { padding: 0 } }}>
          <Table<Scheme>
            rowKey="id"
            size="small"
            loading={pending.loading}
            dataSource={schemes.data ?? []}
            pagination={false}
            scroll={{ x: 'max-content' }}
            onRow={() => ({ 'data-testid': 'scheme-row' }) as React.HTMLAttributes<HTMLElement>}
            locale={{ emptyText: pending.emptyText }}
            columns={[
              {
                title: t('assessments.field.title'),
                key: 'title',
                render: (_, s) => (
                  <Link to={`/assessments/schemes/${s.id}`} style={{ overflowWrap: 'anywhere' }}>
                    {s.title}
                  </Link>
                ),
              },
              { title: t('assessments.field.issuer'), key: 'issuer', render: (_, s) => s.issuerName },
              { title: t('assessments.field.period'), key: 'period', render: (_, s) => t('assessments.periodOf', { year: s.year, period: t(`label.enum.AssessmentPeriod.${s.period}`) }) },
              { title: t('assessments.field.docNumber'), key: 'doc', render: (_, s) => s.docNumber ?? t('common.none') },
              { title: t('assessments.field.status'), key: 'status', render: (_, s) => <SchemeStatusTag status={s.status} /> },
            ]}
          />
        </Card>
      )}
    </Flex>
  );
}
