import { Button, Card, Empty, Flex, Select, Space, Table, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiClient } from '@/lib/api-context';
import { OrgSelect } from '@/lib/OrgSelect';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { useListPending } from '@/lib/QueryPending';
import { YearSelect } from '@/lib/YearSelect';
import { downloadRegister, useActions, usePersonFlags } from '../api/accountability';
import { accountabilityStatuses, accountabilityTypes, type AccountabilityAction, type AccountabilityStatus, type AccountabilityType } from '../api/accountability-types';
import { ActionStatusTag, ActionTypeTag } from './ActionTags';
import { PersonFlagList } from './PersonFlagList';
import { DownloadButton } from './ReportDownloads';
import { useRegisterFilters } from './use-register-filters';

function RegisterDownloadButton() {
  const { t } = useTranslation();
  const client = useApiClient();
  const [filters] = useRegisterFilters();
  return (
    <DownloadButton
      kind="xlsx"
      testId="download-register"
      label={t('accountability.download')}
      fetch={() => downloadRegister(client, filters, t('accountability.registerFile'))}
    />
  );
}

function ActionsTab() {
  const { t } = useTranslation();
  const [filters, setFilters] = useRegisterFilters();
  const actions = useActions(filters);
  const pending = useListPending(actions, <Empty description={t('accountability.empty')} />);
  const items = actions.data?.pages.flatMap((p) => p.items) ?? [];
  const targets = new Map(items.map((a) => [a.target.id, { id: a.target.id, name: a.target.name, code: a.target.code }]));
  return (
    <Flex vertical gap="middle">
      <Space wrap>
        <Select<AccountabilityType>
          aria-label={t('accountability.filter.type')}
          placeholder={t('accountability.filter.type')}
          allowClear
          value={filters.type}
          onChange={(type) => {
            setFilters({ type });
          }}
          options={accountabilityTypes.map((v) => ({ value: v, label: t(`label.enum.AccountabilityType.${v}`) }))}
          style={{ width: 150 }}
        />
        <Select<AccountabilityStatus>
          aria-label={t('accountability.filter.status')}
          placeholder={t('accountability.filter.status')}
          allowClear
          value={filters.status}
          onChange={(status) => {
            setFilters({ status });
          }}
          options={accountabilityStatuses.map((v) => ({ value: v, label: t(`label.enum.AccountabilityStatus.${v}`) }))}
          style={{ width: 130 }}
        />
        <YearSelect
          label={t('accountability.filter.year')}
          value={filters.year}
          onChange={(year) => {
            setFilters({ year });
          }}
          labelOf={(year) => t('accountability.filter.yearValue', { year })}
          width={110}
        />
        <OrgSelect
          kind="REGION"
          ariaLabel={t('accountability.filter.target')}
          placeholder={t('accountability.filter.target')}
          value={filters.targetOrgId}
          pinned={[...targets.values()]}
          onChange={(targetOrgId) => {
            setFilters({ targetOrgId });
          }}
          style={{ width: 200 }}
        />
      </Space>
      {actions.isError ? (
        <ProblemAlert error={actions.error} onRetry={() => void actions.refetch()} />
      ) : (
        <Card size="small" styles={{ body: { padding: 0 } }}>
          <Table<AccountabilityAction>
            rowKey="id"
            size="small"
            loading={pending.loading}
            dataSource={items}
            pagination={false}
            tableLayout="fixed"
            onRow={(a) => ({ 'data-testid': 'register-row', 'data-status': a.status }) as React.HTMLAttributes<HTMLElement>}
            locale={{ emptyText: pending.emptyText }}
            columns={[
              {
                title: t('accountability.field.title'),
                key: 'title',
                render: (_, a) => (
                  <div style={{ wordBreak: 'break-word' }}>
                    <Link to={`/accountability/${a.id}`}>{a.title}</Link>
                    <div>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {a.code}
                      </Typography.Text>
                    </div>
                  </div>
                ),
              },
              { title: t('accountability.field.type'), key: 'type', width: 110, responsive: ['md'], render: (_, a) => <ActionTypeTag type={a.type} /> },
              { title: t('accountability.field.target'), key: 'target', width: 160, responsive: ['md'], render: (_, a) => a.target.name },
              { title: t('accountability.field.dueOn'), key: 'due', width: 110, responsive: ['lg'], render: (_, a) => a.dueOn ?? t('common.none') },
              {
                title: t('accountability.field.status'),
                key: 'status',
                width: 130,
                render: (_, a) => <ActionStatusTag status={a.status} overdue={a.overdue} />,
              },
            ]}
          />
        </Card>
      )}
      {actions.hasNextPage && (
        <Button block loading={actions.isFetchingNextPage} onClick={() => void actions.fetchNextPage()}>
          {t('common.loadMore')}
        </Button>
      )}
    </Flex>
  );
}

function FlagsTab() {
  const flags = usePersonFlags();
  if (flags.isError) return <ProblemAlert error={flags.error} onRetry={() => void flags.refetch()} />;
  return <PersonFlagList flags={flags.data ?? []} linkActions />;
}

/** 问责台账 (考核结果运用): the accountability register of the caller's scope with its filters, and the leaders' bars. */
export function RegisterPage() {
  const { t } = useTranslation();
  return (
    <Flex vertical gap="middle" data-testid="register-page">
      <Flex justify="space-between" align="center" wrap gap="small">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('accountability.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('accountability.subtitle')}</Typography.Text>
        </div>
        <RegisterDownloadButton />
      </Flex>
      <Tabs
        items={[
          { key: 'actions', label: t('accountability.tabs.actions'), children: <ActionsTab /> },
          { key: 'flags', label: t('accountability.tabs.flags'), children: <FlagsTab /> },
        ]}
      />
    </Flex>
  );
}
