import { Button, Card, DatePicker, Flex, Input, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { useAudit, type AuditEntry } from '../api/get-audit';
import { useAuditFilters } from '../hooks/use-audit-filters';

type Translate = ReturnType<typeof useTranslation>['t'];

const entityTypes = ['hazard', 'org', 'attachment'] as const;
const day = 'YYYY-MM-DD';

/** Where a record lives in the app; attachments are shown on their record's page. */
const routes: Record<string, (id: string) => string> = {
  hazard: (id) => `/hazards/${encodeURIComponent(id)}`,
  org: (id) => `/orgs/${encodeURIComponent(id)}`,
};

export function actionLabel(t: Translate, action: string): string {
  return t(`label.auditAction.${action}`, { defaultValue: t(`label.enum.Action.${action.toUpperCase()}`, { defaultValue: action }) });
}

/** What people call the record: its code or name as the entry recorded it, else the start of its id. */
function recordName(entry: AuditEntry): string {
  for (const state of [entry.after, entry.before]) {
    for (const field of ['code', 'name', 'fileName']) {
      const value = (state as Record<string, unknown> | null | undefined)?.[field];
      if (typeof value === 'string' && value) return value;
    }
  }
  return entry.entityId.slice(0, 8);
}

function EntityCell({ entry, onFilter }: { entry: AuditEntry; onFilter: () => void }) {
  const { t } = useTranslation();
  const route = routes[entry.entityType];
  const name = recordName(entry);
  return (
    <Space size={4} wrap>
      <Tag>{t(`label.entity.${entry.entityType}`, { defaultValue: entry.entityType })}</Tag>
      {route ? <Link to={route(entry.entityId)}>{name}</Link> : <span>{name}</span>}
      <Button type="link" size="small" onClick={onFilter}>
        {t('audit.onlyThis')}
      </Button>
    </Space>
  );
}

export function AuditPage() {
  const { t, i18n } = useTranslation();
  const [filters, setFilters] = useAuditFilters();
  const audit = useAudit(filters);
  const items = audit.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Object.values(filters).some(Boolean);

  return (
    <Flex vertical gap="middle">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('audit.title')}
      </Typography.Title>
      <Space wrap data-testid="audit-filters">
        <Select<string>
          aria-label={t('audit.entity')}
          placeholder={t('audit.allEntities')}
          allowClear
          value={filters.entityType}
          onChange={(entityType) => {
            setFilters({ entityType, entityId: undefined });
          }}
          options={entityTypes.map((type) => ({ value: type, label: t(`label.entity.${type}`) }))}
          style={{ width: 140 }}
        />
        <Input.Search
          aria-label={t('audit.actor')}
          placeholder={t('audit.actorSearch')}
          allowClear
          defaultValue={filters.actor}
          key={filters.actor ?? ''}
          onSearch={(actor) => {
            setFilters({ actor: actor.trim() || undefined });
          }}
          style={{ width: 200 }}
        />
        <DatePicker.RangePicker
          aria-label={t('audit.dateRange')}
          placeholder={[t('audit.from'), t('audit.to')]}
          value={[filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]}
          onChange={(range) => {
            setFilters({ from: range?.[0]?.format(day), to: range?.[1]?.format(day) });
          }}
        />
        {filters.entityId && (
          <Tag closable onClose={() => {
              setFilters({ entityId: undefined });
            }} data-testid="audit-record-filter">
            {t('audit.oneRecord')}
          </Tag>
        )}
        {filtered && (
          <Button
            onClick={() => {
              setFilters({ entityType: undefined, entityId: undefined, actor: undefined, from: undefined, to: undefined });
            }}
          >
            {t('audit.clear')}
          </Button>
        )}
      </Space>
      {audit.isError ? (
        <ProblemAlert error={audit.error} onRetry={() => void audit.refetch()} />
      ) : (
        <Card size="small" styles={{ body: { padding: 0 } }}>
          <Table<AuditEntry>
            rowKey="id"
            size="small"
            loading={audit.isPending}
            dataSource={items}
            pagination={false}
            scroll={{ x: 560 }}
            columns={[
              {
                key: 'at',
                title: t('audit.at'),
                render: (_, entry) => new Date(entry.at).toLocaleString(i18n.language),
              },
              { key: 'actor', title: t('audit.actor'), dataIndex: 'actorName' },
              { key: 'action', title: t('audit.action'), render: (_, entry) => actionLabel(t, entry.action) },
              {
                key: 'entity',
                title: t('audit.entity'),
                render: (_, entry) => (
                  <EntityCell
                    entry={entry}
                    onFilter={() => {
                      setFilters({ entityType: entry.entityType, entityId: entry.entityId });
                    }}
                  />
                ),
              },
            ]}
          />
        </Card>
      )}
      {audit.hasNextPage && (
        <Button block loading={audit.isFetchingNextPage} onClick={() => void audit.fetchNextPage()}>
          {t('common.loadMore')}
        </Button>
      )}
    </Flex>
  );
}
