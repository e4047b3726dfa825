import { Alert, Button, DatePicker, Flex, Form, Input, Modal, Select } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMessage } from '@/lib/feedback';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { isProblem, type FieldError } from '@/lib/problem';
import { QueryPending } from '@/lib/QueryPending';
import type { Me } from '@/lib/session';
import { placeFieldErrors } from '@/lib/workflow/action-spec';
import { usePlan, useSavePlan } from '../api/plans';
import { planKinds, type VersionedPlan } from '../api/types';
import { OwnOrgSelect } from './OwnOrgSelect';
import { planFormFields, toPlanFormValues, toPlanInput, type PlanFormValues } from './plan-form';

interface Props {
  me: Me;
  /** The plan to edit; absent to register a new one. */
  planId?: string;
  onClose: () => void;
}

/** 预案编辑: registers a plan or replaces its fields with If-Match (a 412 asks to reload). */
export function PlanEditor({ me, planId, onClose }: Props) {
  const { t } = useTranslation();
  const plan = usePlan(planId);
  let body;
  if (!planId) body = <PlanForm me={me} onDone={onClose} />;
  else if (plan.isError) body = <ProblemAlert error={plan.error} onRetry={() => void plan.refetch()} />;
  else if (!plan.data) body = <QueryPending query={plan} padding={24} />;
  else body = <PlanForm key={plan.data.plan.version} me={me} versioned={plan.data} onDone={onClose} onReload={() => void plan.refetch()} />;
  return (
    <Modal open title={planId ? t('drills.plans.edit') : t('drills.plans.new')} onCancel={onClose} footer={null} destroyOnHidden width={640}>
      {body}
    </Modal>
  );
}

function PlanForm({ me, versioned, onDone, onReload }: { me: Me; versioned?: VersionedPlan; onDone: () => void; onReload?: () => void }) {
  const { t } = useTranslation();
  const message = useMessage();
  const [form] = Form.useForm<PlanFormValues>();
  const save = useSavePlan();
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const idempotencyKey = useRef(crypto.randomUUID());
  const stale = isProblem(save.error, 412);

  const onFinish = async (values: PlanFormValues) => {
    setUnmatched([]);
    try {
      const input = toPlanInput(values);
      await save.mutateAsync(
        versioned
          ? { kind: 'update', id: versioned.plan.id, etag: versioned.etag ?? '', input }
          : { kind: 'create', input, idempotencyKey: idempotencyKey.current },
      );
      void message.success(t('drills.plans.saved'));
      onDone();
    } catch (error) {
      if (!isProblem(error)) return;
      const { placed, unmatched: rest } = placeFieldErrors(planFormFields, error.errors);
      form.setFields([...placed].map(([name, errors]) => ({ name: name as keyof PlanFormValues, errors })));
      setUnmatched(rest);
    }
  };

  const required = { required: true, whitespace: true, message: t('drills.form.required') };
  return (
    <Form<PlanFormValues>
      form={form}
      layout="vertical"
      initialValues={versioned ? toPlanFormValues(versioned.plan) : { orgId: me.org.id, kind: 'ONSITE', scenarioTypes: [] }}
      onFinish={(values) => void onFinish(values)}
      disabled={save.isPending}
    >
      {stale ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={t('drills.form.staleTitle')}
          action={
            onReload && (
              <Button size="small" onClick={onReload}>
                {t('common.reload')}
              </Button>
            )
          }
          style={{ marginBottom: 16 }}
        />
      ) : (
        save.isError && (
          <div style={{ marginBottom: 16 }}>
            <ProblemAlert error={save.error} fieldErrors={unmatched} />
          </div>
        )
      )}
      <Form.Item name="orgId" label={t('drills.field.org')} rules={[{ required: true, message: t('drills.form.required') }]}>
        <OwnOrgSelect me={me} />
      </Form.Item>
      <Form.Item name="kind" label={t('drills.field.planKind')} rules={[{ required: true, message: t('drills.form.required') }]}>
        <Select aria-label={t('drills.field.planKind')} options={planKinds.map((k) => ({ value: k, label: t(`label.enum.EmergencyPlanKind.${k}`) }))} />
      </Form.Item>
      <Form.Item name="title" label={t('drills.field.planTitle')} rules={[required]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="scenarioTypes" label={t('drills.field.scenarioTypes')} extra={t('drills.form.scenarioHint')}>
        <Select mode="tags" aria-label={t('drills.field.scenarioTypes')} tokenSeparators={[',', '，', '、']} open={false} />
      </Form.Item>
      <Flex gap="middle" wrap>
        <Form.Item name="planVersion" label={t('drills.field.planVersion')} rules={[required]}>
          <Input maxLength={20} placeholder="2026版" />
        </Form.Item>
        <Form.Item name="filingNo" label={t('drills.field.filingNo')}>
          <Input maxLength={60} />
        </Form.Item>
      </Flex>
      <Flex gap="middle" wrap>
        <Form.Item name="effectiveDate" label={t('drills.field.effectiveDate')}>
          <DatePicker aria-label={t('drills.field.effectiveDate')} />
        </Form.Item>
        <Form.Item name="lastReviewDate" label={t('drills.field.lastReviewDate')}>
          <DatePicker aria-label={t('drills.field.lastReviewDate')} />
        </Form.Item>
      </Flex>
      <Flex gap="small" justify="end">
        <Button onClick={onDone}>{t('drills.form.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('common.save')}
        </Button>
      </Flex>
    </Form>
  );
}
