import { Alert, Button, Card, Checkbox, DatePicker, Flex, Form, Input, InputNumber, Radio, Select, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMessage } from '@/lib/feedback';
import { useIndustries, useIndustryName } from '@/lib/industries';
import { OrgSelect } from '@/lib/OrgSelect';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { isProblem, type FieldError } from '@/lib/problem';
import { QueryPending } from '@/lib/QueryPending';
import { placeFieldErrors } from '@/lib/workflow/action-spec';
import { useAccident } from '../api/get-accident';
import { useSaveAccident } from '../api/save-accident';
import { reportingIssues, type VersionedAccident } from '../api/types';
import { accidentFormFields, emptyValues, toAccidentInput, toFormValues, type AccidentFormValues } from './accident-form';

/** 登记事故 (/accidents/new) and 更正 (/accidents/:id/edit): the level is derived by the server from the figures. */
export function AccidentFormPage() {
  const { id } = useParams();
  const existing = useAccident(id ?? '', { enabled: Boolean(id) });
  if (!id) return <AccidentForm />;
  if (existing.isError) return <ProblemAlert error={existing.error} onRetry={() => void existing.refetch()} />;
  if (!existing.data) return <QueryPending query={existing} />;
  return <AccidentForm key={existing.data.accident.version} versioned={existing.data} onReload={() => void existing.refetch()} />;
}

function AccidentForm({ versioned, onReload }: { versioned?: VersionedAccident; onReload?: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const message = useMessage();
  const [form] = Form.useForm<AccidentFormValues>();
  const save = useSaveAccident();
  const industries = useIndustries();
  const industryName = useIndustryName();
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  // One key per form: a retried submit replays the first answer instead of entering the accident twice.
  const idempotencyKey = useRef(crypto.randomUUID());
  const correcting = versioned !== undefined;
  const stale = isProblem(save.error, 412) || (correcting && versioned.etag === null);

  const onFinish = async (values: AccidentFormValues) => {
    setUnmatched([]);
    try {
      const saved = versioned
        ? await save.mutateAsync({ kind: 'correct', id: versioned.accident.id, etag: versioned.etag ?? '', input: toAccidentInput(values, versioned.accident) })
        : await save.mutateAsync({ kind: 'create', input: toAccidentInput(values), idempotencyKey: idempotencyKey.current });
      void message.success(t(correcting ? 'accidents.form.corrected' : 'accidents.form.created'));
      void navigate(`/accidents/${saved.accident.id}`);
    } catch (error) {
      if (!isProblem(error)) return;
      const { placed, unmatched: rest } = placeFieldErrors(accidentFormFields, error.errors);
      form.setFields([...placed].map(([name, errors]) => ({ name: name as keyof AccidentFormValues, errors })));
      setUnmatched(rest);
    }
  };

  return (
    <Flex vertical gap="middle" style={{ maxWidth: 760 }}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {correcting ? t('accidents.form.correctTitle', { code: versioned.accident.code }) : t('accidents.form.newTitle')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('accidents.form.levelHint')}</Typography.Text>
      </div>
      {stale ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={t('accidents.form.staleTitle')}
          description={t('accidents.form.staleDetail')}
          action={
            onReload && (
              <Button size="small" type="primary" onClick={onReload}>
                {t('common.reload')}
              </Button>
            )
          }
        />
      ) : (
        save.isError && <ProblemAlert error={save.error} fieldErrors={unmatched} />
      )}
      <Card size="small">
        <Form<AccidentFormValues>
          form={form}
          layout="vertical"
          initialValues={versioned ? toFormValues(versioned.accident) : emptyValues()}
          onFinish={(values) => void onFinish(values)}
          disabled={save.isPending}
        >
          <Form.Item name="title" label={t('accidents.field.title')} rules={[{ required: true, whitespace: true, message: t('accidents.form.required') }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Flex gap="middle" wrap>
            <Form.Item name="occurredAt" label={t('accidents.field.occurredAt')} rules={[{ required: true, message: t('accidents.form.required') }]}>
              <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" aria-label={t('accidents.field.occurredAt')} />
            </Form.Item>
            <Form.Item name="reportedAt" label={t('accidents.field.reportedAt')} extra={t('accidents.form.reportedAtHint')}>
              <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" aria-label={t('accidents.field.reportedAt')} />
            </Form.Item>
          </Flex>
          <Flex gap="middle" wrap>
            <Form.Item name="territoryId" label={t('accidents.field.territory')} extra={t('accidents.form.territoryHint')} style={{ minWidth: 240 }}>
              <OrgSelect kind="REGION" ariaLabel={t('accidents.field.territory')} />
            </Form.Item>
            <Form.Item name="enterpriseId" label={t('accidents.field.enterprise')} style={{ minWidth: 280 }}>
              <OrgSelect kind="ENTERPRISE" ariaLabel={t('accidents.field.enterprise')} />
            </Form.Item>
            <Form.Item name="industry" label={t('accidents.field.industry')} style={{ minWidth: 180 }}>
              <Select<string>
                aria-label={t('accidents.field.industry')}
                allowClear
                options={(industries.data ?? []).map((i) => ({ value: i.code, label: industryName(i.code) }))}
              />
            </Form.Item>
          </Flex>
          <Flex gap="middle" wrap>
            <Form.Item name="deaths" label={t('accidents.field.deaths')} rules={[{ required: true, message: t('accidents.form.required') }]}>
              <InputNumber min={0} max={100000} precision={0} aria-label={t('accidents.field.deaths')} />
            </Form.Item>
            <Form.Item name="seriousInjuries" label={t('accidents.field.seriousInjuries')} rules={[{ required: true, message: t('accidents.form.required') }]}>
              <InputNumber min={0} max={100000} precision={0} aria-label={t('accidents.field.seriousInjuries')} />
            </Form.Item>
            <Form.Item name="directLossYuan" label={t('accidents.field.directLossYuan')} rules={[{ required: true, message: t('accidents.form.required') }]}>
              <InputNumber min={0} precision={2} style={{ width: 180 }} aria-label={t('accidents.field.directLossYuan')} />
            </Form.Item>
          </Flex>
          <Form.Item name="liability" label={t('accidents.field.liability')}>
            <Radio.Group
              options={[
                { value: 'UNKNOWN', label: t('accidents.liability.UNKNOWN') },
                { value: 'YES', label: t('accidents.liability.YES') },
                { value: 'NO', label: t('accidents.liability.NO') },
              ]}
            />
          </Form.Item>
          <Form.Item name="reportingIssues" label={t('accidents.field.reporting')} extra={t('accidents.form.lateHint')}>
            <Checkbox.Group options={reportingIssues.map((issue) => ({ value: issue, label: t(`label.enum.ReportingIssue.${issue}`) }))} />
          </Form.Item>
          <Form.Item name="investigationDoc" label={t('accidents.field.investigationDoc')}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="description" label={t('accidents.field.description')}>
            <Input.TextArea maxLength={4000} rows={3} />
          </Form.Item>
          {correcting && (
            <Form.Item name="reason" label={t('accidents.field.reason')} rules={[{ required: true, whitespace: true, message: t('accidents.form.reasonRequired') }]}>
              <Input.TextArea maxLength={1000} rows={2} placeholder={t('accidents.form.reasonPlaceholder')} />
            </Form.Item>
          )}
          <Flex gap="small">
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {correcting ? t('accidents.form.submitCorrection') : t('accidents.form.submit')}
            </Button>
            <Link to={versioned ? `/accidents/${versioned.accident.id}` : '/accidents'}>
              <Button>{t('accidents.form.cancel')}</Button>
            </Link>
          </Flex>
        </Form>
      </Card>
    </Flex>
  );
}
