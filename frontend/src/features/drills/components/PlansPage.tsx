import { Button, Card, Empty, Flex, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOrgNames } from '@/lib/orgs';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { QueryPending } from '@/lib/QueryPending';
import { can, useMe } from '@/lib/session';
import { usePlans } from '../api/plans';
import { planKinds, type EmergencyPlan, type EmergencyPlanKind } from '../api/types';
import { PlanEditor } from './PlanEditor';

/** 应急预案: the plans of the caller's scope by title, as references drills link to, with an editor (desk). */
export function PlansPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [kind, setKind] = useState<EmergencyPlanKind | undefined>();
  const plans = usePlans(kind ? { kind } : {});
  const items = plans.data?.pages.flatMap((p) => p.items) ?? [];
  const names = useOrgNames(items.map((p) => p.orgId));
  // undefined: closed; '': a new plan; an id: that plan.
  const [editing, setEditing] = useState<string | undefined>();
  const canEdit = can(me.data, 'MANAGE_DRILLS');

  if (!me.data) return <QueryPending query={me} />;
  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" wrap gap="small">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('drills.plans.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('drills.plans.subtitle')}</Typography.Text>
        </div>
        <Space>
          <Link to="/drills">{t('drills.list.title')}</Link>
          {canEdit && (
            <Button
              type="primary"
              onClick={() => {
                setEditing('');
              }}
            >
              {t('drills.plans.new')}
            </Button>
          )}
        </Space>
      </Flex>
      <Select<EmergencyPlanKind>
        aria-label={t('drills.field.planKind')}
        placeholder={t('drills.field.planKind')}
        allowClear
        value={kind}
        onChange={setKind}
        options={planKinds.map((k) => ({ value: k, label: t(`label.enum.EmergencyPlanKind.${k}`) }))}
        style={{ width: 200 }}
      />
      {plans.isError ? (
        <ProblemAlert error={plans.error} onRetry={() => void plans.refetch()} />
      ) : (
        <Card size="small" styles={{ body: { padding: 0 } }}>
          <Table<EmergencyPlan>
            rowKey="id"
            size="small"
            loading={plans.isPending}
            dataSource={items}
            pagination={false}
            scroll={{ x: 900 }}
            locale={{ emptyText: <Empty description={t('drills.plans.empty')} /> }}
            columns={[
              { title: t('drills.field.planTitle'), dataIndex: 'title' },
              { title: t('drills.field.planKind'), key: 'kind', render: (_, p) => <Tag>{t(`label.enum.EmergencyPlanKind.${p.kind}`)}</Tag> },
              { title: t('drills.field.org'), key: 'org', render: (_, p) => names.get(p.orgId) ?? '' },
              { title: t('drills.field.scenarioTypes'), key: 'scenarios', render: (_, p) => p.scenarioTypes.map((s) => <Tag key={s}>{s}</Tag>) },
              { title: t('drills.field.planVersion'), dataIndex: 'planVersion' },
              { title: t('drills.field.filingNo'), key: 'filingNo', render: (_, p) => p.filingNo ?? t('common.none') },
              { title: t('drills.field.lastReviewDate'), key: 'review', render: (_, p) => p.lastReviewDate ?? t('common.none') },
              ...(canEdit
                ? [
                    {
                      title: '',
                      key: 'edit',
                      render: (_: unknown, p: EmergencyPlan) => (
                        <Button
                          size="small"
                          onClick={() => {
                            setEditing(p.id);
                          }}
                        >
                          {t('drills.plans.editAction')}
                        </Button>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </Card>
      )}
      {plans.hasNextPage && (
        <Button block loading={plans.isFetchingNextPage} onClick={() => void plans.fetchNextPage()}>
          {t('common.loadMore')}
        </Button>
      )}
      {editing !== undefined && (
        <PlanEditor
          me={me.data}
          planId={editing || undefined}
          onClose={() => {
            setEditing(undefined);
          }}
        />
      )}
    </Flex>
  );
}
