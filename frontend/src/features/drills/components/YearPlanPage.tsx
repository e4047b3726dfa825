import { Button, Card, Descriptions, Empty, Flex, Form, Input, List, Result, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useOrgNames } from '@/lib/orgs';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { QueryPending } from '@/lib/QueryPending';
import { isProblem } from '@/lib/problem';
import { can, useMe, type Me } from '@/lib/session';
import { WorkflowActionBar } from '@/lib/workflow/WorkflowActionBar';
import { WorkflowActionDialog } from '@/lib/workflow/WorkflowActionDialog';
import type { ActionSpecs } from '@/lib/workflow/action-spec';
import { useTransitionYearPlan, useYearPlan, useYearPlanHistory } from '../api/year-plans';
import { isYearPlanAction, yearPlanActions, type VersionedYearPlan, type YearPlan, type YearPlanAction, type YearPlanStatus } from '../api/types';
import { DrillHistory } from './DrillHistory';
import { DrillStatusTag } from './DrillStatusTag';
import { YearPlanEditor } from './YearPlanEditor';
import { YearPlanStatusTag } from './YearPlanStatusTag';
import { currentYear } from './YearPlansPage';

interface YearPlanActionValues {
  comment?: string;
}

/** Submitting and approving need no words; sending back needs the reason. */
const yearPlanActionSpecs: ActionSpecs<YearPlanAction, YearPlan, YearPlanActionValues> = {
  SUBMIT: { fields: ['comment'], tone: 'primary' },
  APPROVE: { fields: ['comment'], tone: 'primary' },
  REJECT: { fields: ['comment'], tone: 'danger' },
};

function YearPlanActions({ versioned, onReload }: { versioned: VersionedYearPlan; onReload: () => void }) {
  const { t } = useTranslation();
  const transition = useTransitionYearPlan();
  const { plan, etag } = versioned;
  return (
    <WorkflowActionBar
      specs={yearPlanActionSpecs}
      order={yearPlanActions}
      allowed={plan.allowedActions}
      labelOf={(action) => t(`label.enum.YearPlanAction.${action}`)}
      dialog={(action, close) => (
        <WorkflowActionDialog<YearPlan, YearPlanActionValues>
          label={t(`label.enum.YearPlanAction.${action}`)}
          subject={plan.title}
          record={plan}
          spec={yearPlanActionSpecs[action]}
          labelOf={(a) => (isYearPlanAction(a) ? t(`label.enum.YearPlanAction.${a}`) : undefined)}
          submit={(values) => transition.mutateAsync({ id: plan.id, etag, action, comment: values.comment?.trim() })}
          onClose={close}
          onReload={onReload}
        >
          <Form.Item
            name="comment"
            label={t(action === 'REJECT' ? 'drills.action.reason' : 'drills.action.comment')}
            rules={action === 'REJECT' ? [{ required: true, whitespace: true, message: t('drills.action.reasonRequired') }] : []}
          >
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
        </WorkflowActionDialog>
      )}
    />
  );
}

function YearPlanView({ me, versioned, onReload }: { me: Me; versioned: VersionedYearPlan; onReload: () => void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const history = useYearPlanHistory(versioned.plan.id);
  const p = versioned.plan;
  const names = useOrgNames([p.orgId]);
  const editable = p.status === 'DRAFT' && can(me, 'MANAGE_DRILLS');
  return (
    <Flex vertical gap="middle">
      <Link to={`/drills/year-plans?year=${p.year}`}>{t('drills.yearPlans.back')}</Link>
      <Flex vertical gap={4}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {p.title}
        </Typography.Title>
        <Flex gap={4} align="center" wrap>
          <YearPlanStatusTag status={p.status} />
          <Typography.Text type="secondary">{`${names.get(p.orgId) ?? ''} · ${p.year}`}</Typography.Text>
        </Flex>
      </Flex>
      <Flex gap="small" wrap>
        <YearPlanActions versioned={versioned} onReload={onReload} />
        {editable && !editing && (
          <Button
            onClick={() => {
              setEditing(true);
            }}
          >
            {t('drills.yearPlans.edit')}
          </Button>
        )}
      </Flex>
      {editing ? (
        <YearPlanEditor
          me={me}
          versioned={versioned}
          year={p.year}
          onSaved={() => {
            setEditing(false);
          }}
          onCancel={() => {
            setEditing(false);
          }}
        />
      ) : (
        <Card size="small" title={t('drills.yearPlans.items')}>
          {p.items.length === 0 ? (
            <Empty description={t('drills.yearPlans.noItems')} />
          ) : (
            <List
              dataSource={p.items}
              renderItem={(item, index) => (
                <List.Item
                  data-testid="year-plan-item"
                  extra={
                    can(me, 'MANAGE_DRILLS') && (
                      <Link to={`/drills/plan?yearPlanId=${p.id}&title=${encodeURIComponent(item.title)}`}>{t('drills.yearPlans.planDrill')}</Link>
                    )
                  }
                >
                  <Descriptions
                    size="small"
                    title={`${index + 1}. ${item.title}`}
                    column={{ xs: 1, md: 3 }}
                    items={[
                      { key: 'month', label: t('drills.field.month'), children: t('drills.calendar.monthN', { n: item.month }) },
                      {
                        key: 'classes',
                        label: t('drills.field.formScope'),
                        children: [t(`label.enum.DrillForm.${item.form}`), t(`label.enum.DrillScope.${item.scope}`), item.purpose && t(`label.enum.DrillPurpose.${item.purpose}`)]
                          .filter(Boolean)
                          .join(' · '),
                      },
                      { key: 'plans', label: t('drills.field.plans'), children: t('drills.yearPlans.planCount', { count: item.planIds?.length ?? 0 }) },
                      ...(item.mustShowSteps ? [{ key: 'steps', label: t('drills.field.mustShowSteps'), span: 3, children: item.mustShowSteps }] : []),
                    ]}
                  />
                </List.Item>
              )}
            />
          )}
        </Card>
      )}
      <Card size="small" title={t('drills.yearPlans.drills')}>
        {p.drills.length === 0 ? (
          <Typography.Text type="secondary">{t('drills.yearPlans.noDrills')}</Typography.Text>
        ) : (
          <List
            size="small"
            dataSource={p.drills}
            renderItem={(d) => (
              <List.Item>
                <Flex gap="small" align="center" wrap>
                  <Typography.Text type="secondary">{d.day}</Typography.Text>
                  <Link to={`/drills/${d.id}`}>{d.title}</Link>
                  <DrillStatusTag status={d.status} />
                </Flex>
              </List.Item>
            )}
          />
        )}
      </Card>
      <Card size="small" title={t('drills.history.title')}>
        <DrillHistory
          query={history}
          testId="year-plan-history"
          actionLabel={(a) => (isYearPlanAction(a) ? t(`label.enum.YearPlanAction.${a}`) : undefined)}
          stateLabel={(s) => t(`label.enum.YearPlanStatus.${s as YearPlanStatus}`, { defaultValue: s })}
        />
      </Card>
    </Flex>
  );
}

/** One yearly drill plan: its items, the drills planned under it, submit/approve/send back, and its history; /new drafts one. */
export function YearPlanPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const me = useMe();
  const plan = useYearPlan(id);

  if (!me.data) return <QueryPending query={me} />;
  if (!id) {
    return (
      <Flex vertical gap="middle" style={{ maxWidth: 960 }}>
        <Link to="/drills/year-plans">{t('drills.yearPlans.back')}</Link>
        <YearPlanEditor
          me={me.data}
          year={Number(search.get('year')) || currentYear()}
          onSaved={(saved) => void navigate(`/drills/year-plans/${saved.plan.id}`, { replace: true })}
          onCancel={() => void navigate('/drills/year-plans')}
        />
      </Flex>
    );
  }
  if (plan.isPending) return <QueryPending query={plan} />;
  if (plan.isError) {
    if (isProblem(plan.error, 404)) {
      return <Result status="404" title={t('drills.yearPlans.notFound')} extra={<Link to="/drills/year-plans">{t('drills.yearPlans.back')}</Link>} />;
    }
    return <ProblemAlert error={plan.error} onRetry={() => void plan.refetch()} />;
  }
  return <YearPlanView me={me.data} versioned={plan.data} onReload={() => void plan.refetch()} />;
}
