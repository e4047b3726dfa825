import { Button, Card, Checkbox, DatePicker, Flex, Form, Input, InputNumber, Radio, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMessage } from '@/lib/feedback';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { QueryPending } from '@/lib/QueryPending';
import { useMe, type Me } from '@/lib/session';
import { useFormProblems } from '@/lib/use-form-problems';
import { usePlanDrill } from '../api/drill';
import { useYearPlans } from '../api/year-plans';
import { drillForms, drillPurposes, drillScopes, type DrillForm, type DrillInput, type DrillPurpose, type DrillScope } from '../api/types';
import { OwnOrgSelect } from './OwnOrgSelect';
import { usePlanOptions } from './plan-options';

export interface PlanDrillValues {
  orgId: string;
  yearPlanId?: string;
  title: string;
  form: DrillForm;
  scope: DrillScope;
  purpose?: DrillPurpose;
  planIds: string[];
  plannedOn: Dayjs;
  plannedHeadcount?: number | null;
  commander?: string;
  planner?: string;
  evaluators: string[];
  evaluationPlanned: boolean;
  highRisk: boolean;
  affectsPublic: boolean;
  eventType?: string;
  place?: string;
}

const fields = ['orgId', 'yearPlanId', 'title', 'form', 'scope', 'purpose', 'planIds', 'plannedOn', 'plannedHeadcount', 'roles', 'evaluationPlanned', 'highRisk', 'affectsPublic', 'scenario'] as const;

/** What decides the documents a drill needs before it is ready, each with its hint. */
const flags = [
  ['evaluationPlanned', 'evaluationHint'],
  ['highRisk', 'highRiskHint'],
  ['affectsPublic', 'affectsPublicHint'],
] as const;

const person = (name: string | undefined) => (name?.trim() ? { name: name.trim() } : null);

export function toPlannedDrill(values: PlanDrillValues): DrillInput {
  const input: DrillInput = {
    orgId: values.orgId,
    title: values.title.trim(),
    form: values.form,
    scope: values.scope,
    planIds: values.planIds,
    plannedOn: values.plannedOn.format('YYYY-MM-DD'),
    evaluationPlanned: values.evaluationPlanned,
    highRisk: values.highRisk,
    affectsPublic: values.affectsPublic,
    roles: {
      commander: person(values.commander),
      planner: person(values.planner),
      evaluators: values.evaluators.flatMap((name) => person(name) ?? []),
      delegates: [],
    },
  };
  if (values.yearPlanId) input.yearPlanId = values.yearPlanId;
  if (values.purpose) input.purpose = values.purpose;
  if (values.plannedHeadcount !== null && values.plannedHeadcount !== undefined) input.plannedHeadcount = values.plannedHeadcount;
  const eventType = values.eventType?.trim();
  const place = values.place?.trim();
  if (eventType || place) {
    input.scenario = { eventType: eventType ?? '', place: place ?? '', time: '', development: '', affectedArea: '', peopleAndMaterials: '', lossesAndForecast: '', weather: '' };
  }
  return input;
}

/** 计划演练: plans a drill (§3.4 plan) for a day not before today, with what decides the documents it needs before it is ready. */
export function PlanDrillPage() {
  const me = useMe();
  if (!me.data) return <QueryPending query={me} />;
  return <PlanDrillForm me={me.data} />;
}

function PlanDrillForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const message = useMessage();
  const [search] = useSearchParams();
  const [form] = Form.useForm<PlanDrillValues>();
  const orgId = (Form.useWatch('orgId', form) as string | undefined) ?? me.org.id;
  const plannedOn = Form.useWatch('plannedOn', form) as Dayjs | undefined;
  const plans = usePlanOptions(orgId);
  const yearPlans = useYearPlans({ orgId, year: (plannedOn ?? dayjs()).year() });
  const plan = usePlanDrill();
  const problems = useFormProblems(form, fields);
  const idempotencyKey = useRef(crypto.randomUUID());
  const yearPlanOptions = (yearPlans.data?.pages.flatMap((p) => p.items) ?? []).map((p) => ({
    value: p.id,
    label: `${p.title}（${t(`label.enum.YearPlanStatus.${p.status}`)}）`,
  }));

  const onFinish = async (values: PlanDrillValues) => {
    problems.clear();
    try {
      const saved = await plan.mutateAsync({ input: toPlannedDrill(values), idempotencyKey: idempotencyKey.current });
      void message.success(t('drills.plan.saved'));
      void navigate(`/drills/${saved.drill.id}`);
    } catch (error) {
      problems.show(error);
    }
  };

  const required = { required: true, message: t('drills.form.required') };
  return (
    <Flex vertical gap="middle" style={{ maxWidth: 720 }}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('drills.plan.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('drills.plan.subtitle')}</Typography.Text>
      </div>
      {plan.isError && <ProblemAlert error={plan.error} fieldErrors={problems.unmatched} />}
      <Card size="small">
        <Form<PlanDrillValues>
          form={form}
          layout="vertical"
          initialValues={{
            orgId: me.org.id,
            yearPlanId: search.get('yearPlanId') ?? undefined,
            title: search.get('title') ?? undefined,
            form: 'LIVE',
            scope: 'SINGLE',
            planIds: [],
            plannedOn: dayjs().add(7, 'day'),
            evaluators: [],
            evaluationPlanned: true,
            highRisk: false,
            affectsPublic: false,
          }}
          onFinish={(values) => void onFinish(values)}
          disabled={plan.isPending}
        >
          <Form.Item name="orgId" label={t('drills.field.organiser')} rules={[required]}>
            <OwnOrgSelect me={me} />
          </Form.Item>
          <Form.Item name="title" label={t('drills.field.drillTitle')} rules={[{ ...required, whitespace: true }]}>
            <Input maxLength={200} placeholder={t('drills.record.titlePlaceholder')} />
          </Form.Item>
          <Form.Item name="plannedOn" label={t('drills.field.plannedOn')} rules={[required]}>
            <DatePicker aria-label={t('drills.field.plannedOn')} disabledDate={(d) => d.isBefore(dayjs(), 'day')} allowClear={false} />
          </Form.Item>
          <Form.Item name="yearPlanId" label={t('drills.field.yearPlan')}>
            <Select allowClear aria-label={t('drills.field.yearPlan')} loading={yearPlans.isPending} options={yearPlanOptions} />
          </Form.Item>
          <Form.Item name="form" label={t('drills.field.form')} rules={[required]}>
            <Radio.Group options={drillForms.map((f) => ({ value: f, label: t(`label.enum.DrillForm.${f}`) }))} />
          </Form.Item>
          <Form.Item name="scope" label={t('drills.field.scope')} rules={[required]}>
            <Radio.Group options={drillScopes.map((s) => ({ value: s, label: t(`label.enum.DrillScope.${s}`) }))} />
          </Form.Item>
          <Form.Item name="purpose" label={t('drills.field.purpose')}>
            <Radio.Group options={drillPurposes.map((p) => ({ value: p, label: t(`label.enum.DrillPurpose.${p}`) }))} />
          </Form.Item>
          <Form.Item name="planIds" label={t('drills.field.plans')} extra={t('drills.record.plansHint')}>
            <Select mode="multiple" aria-label={t('drills.field.plans')} loading={plans.loading} options={plans.options} showSearch={{ optionFilterProp: 'label' }} />
          </Form.Item>
          <Flex gap="middle" wrap>
            <Form.Item name="eventType" label={t('drills.field.eventType')}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="place" label={t('drills.field.place')}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="plannedHeadcount" label={t('drills.field.plannedHeadcount')}>
              <InputNumber min={0} max={1_000_000} precision={0} />
            </Form.Item>
          </Flex>
          <Flex gap="middle" wrap>
            <Form.Item name="commander" label={t('drills.field.commander')}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="planner" label={t('drills.field.planner')}>
              <Input maxLength={100} />
            </Form.Item>
          </Flex>
          <Form.Item name="evaluators" label={t('drills.field.evaluators')} extra={t('drills.form.scenarioHint')}>
            <Select mode="tags" aria-label={t('drills.field.evaluators')} open={false} suffix={null} />
          </Form.Item>
          {flags.map(([name, hint]) => (
            <Form.Item key={name} name={name} valuePropName="checked" extra={t(`drills.plan.${hint}`)}>
              <Checkbox>{t(`drills.field.${name}`)}</Checkbox>
            </Form.Item>
          ))}
          <Flex gap="small">
            <Button type="primary" htmlType="submit" loading={plan.isPending}>
              {t('drills.plan.submit')}
            </Button>
            <Link to="/drills">
              <Button>{t('drills.form.cancel')}</Button>
            </Link>
          </Flex>
        </Form>
      </Card>
    </Flex>
  );
}
