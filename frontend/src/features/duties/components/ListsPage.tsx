import { Button, Card, Flex, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { holderKindValues, listStatusValues } from '@/api/enums';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { useLists, type ListFilters } from '../api/get-lists';
import type { ListSummary } from '../api/list-types';
import { ListStatusTag } from './ListStatusTag';

/** 责任清单 at the desk: every list version in the caller's scope, by year, state and holder kind. */
export function ListsPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<ListFilters>({ year: new Date().getFullYear() });
  const lists = useLists(filters);
  const items = lists.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Flex vertical gap="middle">
      <Flex wrap gap="small" align="center" justify="space-between">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('lists.title')}
        </Typography.Title>
        <Space wrap>
          <Link to="/lists/templates">
            <Button>{t('templates.title')}</Button>
          </Link>
          <Link to="/lists/issue">
            <Button type="primary">{t('issue.action')}</Button>
          </Link>
        </Space>
      </Flex>
      <Space wrap>
        <InputNumber<number>
          aria-label={t('lists.field.year')}
          min={2000}
          max={2100}
          value={filters.year}
          onChange={(year) => {
            setFilters({ ...filters, year: year ?? undefined });
          }}
        />
        <Select
          aria-label={t('lists.field.status')}
          placeholder={t('lists.allStatuses')}
          allowClear
          style={{ width: 160 }}
          value={filters.status}
          onChange={(status) => {
            setFilters({ ...filters, status });
          }}
          options={listStatusValues.map((s) => ({ value: s, label: t(`label.enum.ListStatus.${s}`) }))}
        />
        <Select
          aria-label={t('lists.field.holderKind')}
          placeholder={t('lists.allHolderKinds')}
          allowClear
          style={{ width: 240 }}
          value={filters.holderKind}
          onChange={(holderKind) => {
            setFilters({ ...filters, holderKind });
          }}
          options={holderKindValues.map((k) => ({ value: k, label: t(`label.enum.HolderKind.${k}`) }))}
        />
      </Space>
      {lists.isError ? (
        <ProblemAlert error={lists.error} onRetry={() => void lists.refetch()} />
      ) : (
        <Card size="small" styles={{ body: { padding: 0 } }}>
          <Table<ListSummary>
            rowKey="id"
            size="small"
            loading={lists.isPending}
            dataSource={items}
            pagination={false}
            scroll={{ x: 860 }}
            columns={[
              {
                title: t('lists.field.title'),
                key: 'title',
                render: (_, l) => (
                  <div>
                    <Link to={`/lists/${encodeURIComponent(l.id)}`}>{l.title}</Link>
                    <div>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {l.code} · {t('lists.versionNo', { n: l.versionNo })}
                      </Typography.Text>
                    </div>
                  </div>
                ),
              },
              { title: t('lists.field.holder'), key: 'holder', render: (_, l) => `${l.holderOrg.name} · ${l.holderPostTitle}` },
              { title: t('lists.field.holderKind'), key: 'kind', render: (_, l) => t(`label.enum.HolderKind.${l.holderKind}`) },
              {
                title: t('lists.field.status'),
                key: 'status',
                render: (_, l) => (
                  <Space size={4}>
                    <ListStatusTag status={l.status} />
                    {l.atRisk && <Tag color="red">{t('lists.atRisk')}</Tag>}
                  </Space>
                ),
              },
              { title: t('lists.field.docNumber'), key: 'doc', render: (_, l) => l.docNumber ?? '—' },
              { title: t('lists.field.issuer'), key: 'issuer', render: (_, l) => l.issuingOrg.name },
            ]}
          />
        </Card>
      )}
      {lists.hasNextPage && (
        <Button onClick={() => void lists.fetchNextPage()} loading={lists.isFetchingNextPage}>
          {t('common.loadMore')}
        </Button>
      )}
    </Flex>
  );
}
