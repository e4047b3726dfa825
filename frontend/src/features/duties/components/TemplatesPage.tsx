import { Button, Card, Checkbox, Flex, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { holderKindValues } from '@/api/enums';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { can, useMe } from '@/lib/session';
import { useTemplates, type TemplateFilters, type TemplateSummary } from '../api/templates';

/** 清单模板 at the desk: the latest version of every template code the caller may issue from, by holder kind. */
export function TemplatesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [filters, setFilters] = useState<TemplateFilters>({});
  const templates = useTemplates(filters);
  const items = templates.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Flex vertical gap="middle">
      <Link to="/lists">{t('lists.back')}</Link>
      <Flex wrap gap="small" align="center" justify="space-between">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('templates.title')}
        </Typography.Title>
        {can(me.data, 'MANAGE_LIST_TEMPLATES') && (
          <Link to="/lists/templates/new">
            <Button type="primary">{t('templates.create')}</Button>
          </Link>
        )}
      </Flex>
      <Space wrap>
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
        <Checkbox
          checked={filters.includeRetired ?? false}
          onChange={(event) => {
            setFilters({ ...filters, includeRetired: event.target.checked || undefined });
          }}
        >
          {t('templates.includeRetired')}
        </Checkbox>
      </Space>
      {templates.isError ? (
        <ProblemAlert error={templates.error} onRetry={() => void templates.refetch()} />
      ) : (
        <Card size="small" styles={{ body: { padding: 0 } }}>
          <Table<TemplateSummary>
            rowKey="id"
            size="small"
            loading={templates.isPending}
            dataSource={items}
            pagination={false}
            scroll={{ x: 760 }}
            data-testid="templates"
            columns={[
              {
                title: t('templates.field.title'),
                key: 'title',
                render: (_, tpl) => (
                  <div>
                    <Link to={`/lists/templates/${encodeURIComponent(tpl.id)}`}>{tpl.title}</Link>
                    <div>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {tpl.code} · {t('lists.versionNo', { n: tpl.versionNo })}
                      </Typography.Text>
                    </div>
                  </div>
                ),
              },
              { title: t('lists.field.holderKind'), key: 'kind', render: (_, tpl) => t(`label.enum.HolderKind.${tpl.holderKind}`) },
              { title: t('templates.field.items'), dataIndex: 'itemCount', align: 'right', width: 80 },
              { title: t('templates.field.owner'), key: 'owner', render: (_, tpl) => tpl.issuingOrg?.name ?? t('templates.system') },
              { title: t('templates.field.sources'), dataIndex: 'sourceDocs', ellipsis: true },
              { title: t('lists.field.status'), key: 'retired', width: 90, render: (_, tpl) => (tpl.retired ? <Tag>{t('templates.retired')}</Tag> : <Tag color="green">{t('templates.live')}</Tag>) },
            ]}
          />
        </Card>
      )}
      {templates.hasNextPage && (
        <Button onClick={() => void templates.fetchNextPage()} loading={templates.isFetchingNextPage}>
          {t('common.loadMore')}
        </Button>
      )}
    </Flex>
  );
}
