import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, InputNumber, Select } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useMessage } from '@/lib/feedback';
import { ProblemAlert } from '@/lib/ProblemAlert';
import type { Me } from '@/lib/session';
import { useFormProblems } from '@/lib/use-form-problems';
import { useSaveYearPlan } from '../api/year-plans';
import { drillForms, drillPurposes, drillScopes, type VersionedYearPlan, type YearPlanInput, type YearPlanItem } from '../api/types';
import { OwnOrgSelect } from './OwnOrgSelect';
import { usePlanOptions } from './plan-options';

interface ItemValues extends Omit<YearPlanItem, 'purpose' | 'mustShowSteps'> {
  purpose?: YearPlanItem['purpose'];
  mustShowSteps?: string | null;
}

export interface YearPlanValues {
  orgId: string;
  year: number;
  title: string;
  items: ItemValues[];
}

const fields = ['orgId', 'year', 'title', 'items', 'title', 'month', 'form', 'scope', 'purpose', 'planIds', 'mustShowSteps'] as const;
const months = Array.from({ length: 12 }, (_, i) => i + 1);

export function toYearPlanInput(values: YearPlanValues): YearPlanInput {
  return {
    orgId: values.orgId,
    year: values.year,
    title: values.title.trim(),
    items: values.items.map((item) => ({
      title: item.title.trim(),
      month: item.month,
      form: item.form,
      scope: item.scope,
      purpose: item.purpose ?? null,
      planIds: item.planIds,
      mustShowSteps: item.mustShowSteps?.trim() || null,
    })),
  };
}

interface Props {
  me: Me;
  /** Absent: a new plan. */
  versioned?: VersionedYearPlan;
  year: number;
  onSaved: (saved: VersionedYearPlan) => void;
  onCancel?: () => void;
}

/** 年度演练计划 editor: the drills an org means to hold in a year, by month, with form, scope, purpose, plans and 必须体现环节. */
export function YearPlanEditor({ me, versioned, year, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const message = useMessage();
  const [form] = Form.useForm<YearPlanValues>();
  const orgId = (Form.useWatch('orgId', form) as string | undefined) ?? versioned?.plan.orgId ?? me.org.id;
  const plans = usePlanOptions(orgId);
  const save = useSaveYearPlan();
  const problems = useFormProblems(form, fields);
  const idempotencyKey = useRef(crypto.randomUUID());
  const required = { required: true, message: t('drills.form.required') };
  const existing = versioned?.plan;

  const onFinish = async (values: YearPlanValues) => {
    problems.clear();
    try {
      const input = toYearPlanInput(values);
      const saved = existing
        ? await save.mutateAsync({ kind: 'update', id: existing.id, etag: versioned.etag ?? '', input })
        : await save.mutateAsync({ kind: 'create', input, idempotencyKey: idempotencyKey.current });
      void message.success(t('drills.yearPlans.saved'));
      onSaved(saved);
    } catch (error) {
      problems.show(error);
    }
  };

  return (
    <Card size="small" title={existing ? t('drills.yearPlans.edit') : t('drills.yearPlans.new')}>
      {save.isError && <ProblemAlert error={save.error} fieldErrors={problems.unmatched} />}
      <Form<YearPlanValues>
        form={form}
        layout="vertical"
        disabled={save.isPending}
        initialValues={
          existing
            ? { orgId: existing.orgId, year: existing.year, title: existing.title, items: existing.items }
            : { orgId: me.org.id, year, title: t('drills.yearPlans.defaultTitle', { year }), items: [] }
        }
        onFinish={(values) => void onFinish(values)}
      >
        <Flex gap="middle" wrap>
          <Form.Item name="orgId" label={t('drills.field.org')} rules={[required]} style={{ minWidth: 280 }}>
            {existing ? <Select disabled options={[{ value: existing.orgId, label: existing.orgId === me.org.id ? me.org.name : existing.orgId }]} /> : <OwnOrgSelect me={me} />}
          </Form.Item>
          <Form.Item name="year" label={t('drills.field.year')} rules={[required]}>
            <InputNumber min={2000} max={2100} disabled={Boolean(existing)} />
          </Form.Item>
          <Form.Item name="title" label={t('drills.yearPlans.planTitle')} rules={[{ ...required, whitespace: true }]} style={{ flex: 1, minWidth: 240 }}>
            <Input maxLength={200} />
          </Form.Item>
        </Flex>
        <Form.List name="items">
          {(rows, { add, remove }) => (
            <Flex vertical gap="small">
              {rows.map((row, index) => (
                <Card
                  key={row.key}
                  size="small"
                  type="inner"
                  data-testid="year-plan-item"
                  title={t('drills.yearPlans.itemN', { n: index + 1 })}
                  extra={
                    <Button size="small" danger icon={<DeleteOutlined />} onClick={() => { remove(row.name); }} aria-label={t('drills.yearPlans.removeItem')} />
                  }
                >
                  <Flex gap="small" wrap>
                    <Form.Item name={[row.name, 'title']} label={t('drills.field.drillTitle')} rules={[{ ...required, whitespace: true }]} style={{ flex: 1, minWidth: 220 }}>
                      <Input maxLength={200} aria-label={t('drills.field.drillTitle')} />
                    </Form.Item>
                    <Form.Item name={[row.name, 'month']} label={t('drills.field.month')} rules={[required]}>
                      <Select aria-label={t('drills.field.month')} style={{ width: 100 }} options={months.map((m) => ({ value: m, label: t('drills.calendar.monthN', { n: m }) }))} />
                    </Form.Item>
                    <Form.Item name={[row.name, 'form']} label={t('drills.field.form')} rules={[required]}>
                      <Select aria-label={t('drills.field.form')} style={{ width: 120 }} options={drillForms.map((f) => ({ value: f, label: t(`label.enum.DrillForm.${f}`) }))} />
                    </Form.Item>
                    <Form.Item name={[row.name, 'scope']} label={t('drills.field.scope')} rules={[required]}>
                      <Select aria-label={t('drills.field.scope')} style={{ width: 120 }} options={drillScopes.map((s) => ({ value: s, label: t(`label.enum.DrillScope.${s}`) }))} />
                    </Form.Item>
                    <Form.Item name={[row.name, 'purpose']} label={t('drills.field.purpose')}>
                      <Select allowClear aria-label={t('drills.field.purpose')} style={{ width: 140 }} options={drillPurposes.map((p) => ({ value: p, label: t(`label.enum.DrillPurpose.${p}`) }))} />
                    </Form.Item>
                  </Flex>
                  <Form.Item name={[row.name, 'planIds']} label={t('drills.field.plans')}>
                    <Select mode="multiple" aria-label={t('drills.field.plans')} options={plans.options} showSearch={{ optionFilterProp: 'label' }} />
                  </Form.Item>
                  <Form.Item name={[row.name, 'mustShowSteps']} label={t('drills.field.mustShowSteps')} style={{ marginBottom: 0 }}>
                    <Input.TextArea rows={2} maxLength={1000} />
                  </Form.Item>
                </Card>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() => {
                  add({ title: '', month: 1, form: 'LIVE', scope: 'SINGLE', planIds: [] });
                }}
              >
                {t('drills.yearPlans.addItem')}
              </Button>
            </Flex>
          )}
        </Form.List>
        <Flex gap="small" style={{ marginTop: 16 }}>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
          {onCancel && <Button onClick={onCancel}>{t('drills.form.cancel')}</Button>}
        </Flex>
      </Form>
    </Card>
  );
}
