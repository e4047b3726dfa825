import { Alert, Button, Form, Input, InputNumber, Select, Space, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { isProblem, type FieldError } from '@/lib/problem';
import { useIndustries, useIndustryName } from '@/lib/industries';
import type { VersionedOrg } from '../api/get-org';
import { useUpdateOrg } from '../api/update-org';
import { splitFieldErrors, toFormValues, toOrgInput, type OrgFormValues } from './org-form-fields';
import { useMessage } from '@/lib/feedback';
import { emergencyKeyCategoryValues } from '@/api/enums';

interface Props {
  versioned: VersionedOrg;
  onReload: () => void;
}

const riskColors = ['GREEN', 'YELLOW', 'RED'] as const;
const riskClasses = ['A', 'B', 'C', 'D'] as const;

/** Saves with If-Match; a 412 means someone saved in between and the user must reload. */
export function OrgEditForm({ versioned, onReload }: Props) {
  const { org, etag } = versioned;
  const { t } = useTranslation();
  const message = useMessage();
  const [form] = Form.useForm<OrgFormValues>();
  const update = useUpdateOrg();
  const industries = useIndustries();
  const industryName = useIndustryName();
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const stale = isProblem(update.error, 412) || etag === null;
  const industryOptions = (industries.data ?? []).map((i) => ({ value: i.code, label: industryName(i.code) }));

  // mutateAsync, not mutate's callbacks: a save puts the new version into the cache, which replaces this form (it is
  // keyed by version) before the refreshed org lists arrive, and mutate's callbacks die with the form they belong to.
  const onFinish = async (values: OrgFormValues) => {
    if (etag === null) return;
    setUnmatched([]);
    try {
      await update.mutateAsync({ id: org.id, etag, input: toOrgInput(org, values) });
      void message.success(t('orgs.saved'));
    } catch (error) {
      if (!isProblem(error)) return;
      const { byField, unmatched: rest } = splitFieldErrors(error.errors);
      form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
      setUnmatched(rest);
    }
  };

  return (
    <Form<OrgFormValues>
      form={form}
      layout="vertical"
      initialValues={toFormValues(org)}
      onFinish={(values) => void onFinish(values)}
      disabled={update.isPending}
      style={{ maxWidth: 640 }}
    >
      {stale ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={t('orgs.staleTitle')}
          description={t('orgs.staleDetail')}
          action={
            <Button size="small" type="primary" onClick={onReload}>
              {t('common.reload')}
            </Button>
          }
          style={{ marginBottom: 16 }}
        />
      ) : (
        update.isError && (
          <div style={{ marginBottom: 16 }}>
            <ProblemAlert error={update.error} fieldErrors={unmatched} />
          </div>
        )
      )}
      <Form.Item name="name" label={t('orgs.field.name')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="address" label={t('orgs.field.address')}>
        <Input maxLength={500} />
      </Form.Item>
      {org.kind === 'DEPARTMENT' && (
        <Form.Item name="industries" label={t('orgs.field.industries')}>
          <Select mode="multiple" options={industryOptions} loading={industries.isLoading} />
        </Form.Item>
      )}
      {org.kind === 'ENTERPRISE' && (
        <>
          <Form.Item name="industry" label={t('orgs.field.industry')}>
            <Select allowClear options={industryOptions} loading={industries.isLoading} />
          </Form.Item>
          <Form.Item name="employees" label={t('orgs.field.employees')}>
            <InputNumber min={0} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="highRisk" label={t('orgs.field.highRisk')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="emergencyKeyCategory" label={t('orgs.field.emergencyKeyCategory')} extra={t('orgs.field.emergencyKeyCategoryHint')}>
            <Select
              allowClear
              aria-label={t('orgs.field.emergencyKeyCategory')}
              placeholder={t('orgs.field.notKeyUnit')}
              options={emergencyKeyCategoryValues.map((c) => ({ value: c, label: t(`label.enum.EmergencyKeyCategory.${c}`) }))}
            />
          </Form.Item>
          <Form.Item name="riskColor" label={t('orgs.field.riskColor')}>
            <Select allowClear options={riskColors.map((c) => ({ value: c, label: t(`label.enum.RiskColor.${c}`) }))} />
          </Form.Item>
          <Form.Item name="riskClass" label={t('orgs.field.riskClass')}>
            <Select allowClear options={riskClasses.map((c) => ({ value: c, label: t(`label.enum.RiskClass.${c}`) }))} />
          </Form.Item>
        </>
      )}
      <Space>
        <Button type="primary" htmlType="submit" loading={update.isPending} disabled={stale}>
          {t('common.save')}
        </Button>
        <Button
          htmlType="button"
          onClick={() => {
            form.resetFields();
            setUnmatched([]);
            update.reset();
          }}
        >
          {t('common.reset')}
        </Button>
      </Space>
    </Form>
  );
}
