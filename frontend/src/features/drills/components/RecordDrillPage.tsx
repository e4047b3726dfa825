import { Button, Card, DatePicker, Flex, Form, Input, InputNumber, Radio, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMessage } from '@/lib/feedback';
import { PhotoPicker } from '@/lib/PhotoPicker';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { QueryPending } from '@/lib/QueryPending';
import { useMe, type Me } from '@/lib/session';
import { useFormProblems } from '@/lib/use-form-problems';
import { useRecordDrill } from '../api/drills';
import { drillForms, drillScopes, drillStatuses, terminationReasons, type DrillForm, type DrillInput, type DrillScope, type DrillStatus, type TerminationReason } from '../api/types';
import { OwnOrgSelect } from './OwnOrgSelect';
import { usePlanOptions } from './plan-options';

interface DrillFormValues {
  orgId: string;
  title: string;
  form: DrillForm;
  scope: DrillScope;
  planIds: string[];
  conductedOn: Dayjs;
  status: DrillStatus;
  terminationReason?: TerminationReason;
  actualHeadcount: number;
  photos: File[];
}

/** §3.4 record_past: a drill held is recorded with its headcount and at least this many photos. */
export const minPhotos = 3;

const drillFormFields = ['orgId', 'title', 'form', 'scope', 'planIds', 'conductedOn', 'status', 'terminationReason', 'actualHeadcount', 'photos'] as const;

/** The drill to record, without its photos (uploaded first; their ids join the input). */
export function toDrillInput(values: DrillFormValues): DrillInput {
  const input: DrillInput = {
    orgId: values.orgId,
    title: values.title.trim(),
    form: values.form,
    scope: values.scope,
    planIds: values.planIds,
    conductedOn: values.conductedOn.format('YYYY-MM-DD'),
    status: values.status,
    actualHeadcount: values.actualHeadcount,
  };
  if (values.status === 'TERMINATED' && values.terminationReason) input.terminationReason = values.terminationReason;
  return input;
}

/** 登记演练: records a drill held (conducted, or terminated early with a reason); it counts towards the rules it meets. */
export function RecordDrillPage() {
  const me = useMe();
  if (!me.data) return <QueryPending query={me} />;
  return <RecordDrillForm me={me.data} />;
}

function RecordDrillForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const message = useMessage();
  const [form] = Form.useForm<DrillFormValues>();
  const orgId = (Form.useWatch('orgId', form) as string | undefined) ?? me.org.id;
  const status = Form.useWatch('status', form);
  const plans = usePlanOptions(orgId);
  const record = useRecordDrill();
  const problems = useFormProblems(form, drillFormFields, { attachmentIds: 'photos' });
  const idempotencyKey = useRef(crypto.randomUUID());

  const onFinish = async (values: DrillFormValues) => {
    problems.clear();
    try {
      await record.mutateAsync({ input: toDrillInput(values), photos: values.photos, idempotencyKey: idempotencyKey.current });
      void message.success(t('drills.record.saved'));
      void navigate('/drills');
    } catch (error) {
      problems.show(error);
    }
  };

  const required = { required: true, message: t('drills.form.required') };
  return (
    <Flex vertical gap="middle" style={{ maxWidth: 640 }}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('drills.record.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('drills.record.subtitle')}</Typography.Text>
      </div>
      {record.isError && <ProblemAlert error={record.error} fieldErrors={problems.unmatched} />}
      <Card size="small">
        <Form<DrillFormValues>
          form={form}
          layout="vertical"
          initialValues={{ orgId: me.org.id, form: 'LIVE', scope: 'SINGLE', planIds: [], conductedOn: dayjs(), status: 'CONDUCTED', photos: [] }}
          onFinish={(values) => void onFinish(values)}
          disabled={record.isPending}
        >
          <Form.Item name="orgId" label={t('drills.field.organiser')} rules={[required]}>
            <OwnOrgSelect me={me} />
          </Form.Item>
          <Form.Item name="title" label={t('drills.field.drillTitle')} rules={[{ ...required, whitespace: true }]}>
            <Input maxLength={200} placeholder={t('drills.record.titlePlaceholder')} />
          </Form.Item>
          <Form.Item name="form" label={t('drills.field.form')} rules={[required]}>
            <Radio.Group options={drillForms.map((f) => ({ value: f, label: t(`label.enum.DrillForm.${f}`) }))} />
          </Form.Item>
          <Form.Item name="scope" label={t('drills.field.scope')} rules={[required]}>
            <Radio.Group options={drillScopes.map((s) => ({ value: s, label: t(`label.enum.DrillScope.${s}`) }))} />
          </Form.Item>
          <Form.Item name="planIds" label={t('drills.field.plans')} extra={t('drills.record.plansHint')}>
            <Select mode="multiple" aria-label={t('drills.field.plans')} loading={plans.loading} options={plans.options} showSearch={{ optionFilterProp: 'label' }} />
          </Form.Item>
          <Form.Item name="conductedOn" label={t('drills.field.conductedOn')} rules={[required]} extra={t('drills.record.pastHint')}>
            <DatePicker aria-label={t('drills.field.conductedOn')} disabledDate={(d) => d.isAfter(dayjs(), 'day')} allowClear={false} />
          </Form.Item>
          <Form.Item name="status" label={t('drills.field.status')} rules={[required]}>
            <Radio.Group options={drillStatuses.map((s) => ({ value: s, label: t(`label.enum.DrillStatus.${s}`) }))} />
          </Form.Item>
          {status === 'TERMINATED' && (
            <Form.Item name="terminationReason" label={t('drills.field.terminationReason')} rules={[required]}>
              <Select
                aria-label={t('drills.field.terminationReason')}
                options={terminationReasons.map((r) => ({ value: r, label: t(`label.enum.TerminationReason.${r}`) }))}
              />
            </Form.Item>
          )}
          <Form.Item name="actualHeadcount" label={t('drills.field.actualHeadcount')} rules={[required]}>
            <InputNumber aria-label={t('drills.field.actualHeadcount')} min={0} max={1000000} precision={0} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item
            name="photos"
            label={t('drills.field.photos')}
            extra={t('drills.record.photosHint', { count: minPhotos })}
            rules={[
              {
                validator: (_, files: File[] | undefined) =>
                  (files?.length ?? 0) >= minPhotos ? Promise.resolve() : Promise.reject(new Error(t('drills.record.photosMissing', { count: minPhotos }))),
              },
            ]}
          >
            <PhotoPicker max={20} label={t('drills.field.photos')} />
          </Form.Item>
          <Flex gap="small">
            <Button type="primary" htmlType="submit" loading={record.isPending}>
              {t('drills.record.submit')}
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
