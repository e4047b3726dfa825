import { Button, Flex, Form, Input, Radio, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { hasAnyRole, useMe } from '@/lib/session';
import { hazardCategories, hazardLevels, hazardSources, type HazardCategory, type HazardLevel, type HazardSource } from '../api/types';
import { useGeolocation } from '../hooks/use-geolocation';
import { useOnline } from '@/lib/use-online';
import { kickSync } from '../queue/active-worker';
import { reportDb } from '../queue/db';
import { enqueueReport, resubmitReport } from '../queue/enqueue';
import type { QueuedReport } from '../queue/types';
import { uploadOutcome } from '../queue/upload-outcome';
import { EnterpriseSelect } from './EnterpriseSelect';
import { LocationStatus } from './LocationStatus';
import { PhotoPicker } from './PhotoPicker';
import { useMessage } from '@/lib/feedback';

interface ReportValues {
  photos?: File[];
  enterpriseId?: string;
  title: string;
  level: HazardLevel;
  category: HazardCategory;
  /** Only supervisors see the field; antd leaves unrendered fields out of the values. */
  source?: HazardSource;
  description?: string;
  locationText?: string;
}

function text(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * 上报隐患, phone first: photo, enterprise, title, level, category, a few taps. The report is written to
 * the phone (IndexedDB) before anything is sent, so it survives no network, a closed tab or a dead battery;
 * the sync worker sends it when it can.
 */
export function ReportPage() {
  const { t } = useTranslation();
  const message = useMessage();
  const navigate = useNavigate();
  const online = useOnline();
  const me = useMe();
  const [params] = useSearchParams();
  const editId = params.get('edit');
  const [form] = Form.useForm<ReportValues>();
  const [geo, locate] = useGeolocation();
  const [saving, setSaving] = useState(false);
  const [editing, setEditing] = useState<QueuedReport>();
  const [enterpriseName, setEnterpriseName] = useState<string>();
  const roles = me.data?.roles ?? [];
  const isEnterprise = hasAnyRole(roles, ['enterprise']) && me.data?.org.kind === 'ENTERPRISE';
  const canPickSource = hasAnyRole(roles, ['admin', 'safety_office', 'department']);
  const defaultSource: HazardSource = isEnterprise ? 'SELF_CHECK' : 'INSPECTION';

  // Fixing a report the server refused: load it back into the form.
  useEffect(() => {
    if (!editId) return;
    void reportDb.reports.get(editId).then((item) => {
      if (!item) return;
      setEditing(item);
      setEnterpriseName(item.enterpriseName);
      form.setFieldsValue({ ...item.input, title: item.input.title });
    });
  }, [editId, form]);

  const onFinish = async (values: ReportValues) => {
    setSaving(true);
    try {
      const input: QueuedReport['input'] = {
        title: values.title.trim(),
        level: values.level,
        category: values.category,
        source: isEnterprise ? 'SELF_CHECK' : (values.source ?? defaultSource),
        description: text(values.description),
        locationText: text(values.locationText),
        enterpriseId: isEnterprise ? undefined : values.enterpriseId,
        discoveredAt: editing?.input.discoveredAt ?? new Date().toISOString(),
      };
      const where = editing?.input.latitude !== undefined ? editing.input : geo.status === 'ok' ? geo : undefined;
      if (where?.latitude !== undefined && where.longitude !== undefined) {
        input.latitude = where.latitude;
        input.longitude = where.longitude;
      }
      const name = isEnterprise ? me.data?.org.name : enterpriseName;
      const saved = editing
        ? await resubmitReport(reportDb, editing.id, input, name)
        : await enqueueReport(reportDb, { input, enterpriseName: name, photos: values.photos ?? [] });
      const sending = kickSync();
      if (saved && sending && online) {
        // The message lasts as long as the upload, then says how it ended.
        void message.open({ key: saved.id, type: 'loading', content: t('hazards.report.queuedOnline'), duration: 0 });
        void uploadOutcome(reportDb, saved.id).then(({ outcome, code }) => {
          const type = outcome === 'sent' ? 'success' : outcome === 'failed' ? 'error' : 'info';
          void message.open({ key: saved.id, type, content: t(`hazards.report.upload.${outcome}`, { code }), duration: 4 });
        });
      } else {
        void message.success(t('hazards.report.queuedOffline'));
      }
      void navigate('/hazards/queue');
    } finally {
      setSaving(false);
    }
  };

  return (
    <Flex vertical gap="middle" style={{ maxWidth: 640 }}>
      {/* Plain elements, not antd's Typography: this page is the field's cold load (bench/frontend). */}
      <h1 className="page-title">{editing ? t('hazards.report.fixTitle') : t('hazards.report.title')}</h1>
      {!online && (
        <p className="report-offline-note" data-testid="offline-note">
          {t('hazards.report.offlineNote')}
        </p>
      )}
      <Form<ReportValues>
        form={form}
        layout="vertical"
        initialValues={{ level: 'GENERAL', category: 'OTHER', source: defaultSource, photos: [] }}
        onFinish={(values) => void onFinish(values)}
        disabled={saving}
        requiredMark="optional"
      >
        {!editing && (
          <Form.Item name="photos" label={t('hazards.report.photos')}>
            <PhotoPicker />
          </Form.Item>
        )}
        {!isEnterprise && (
          <Form.Item
            name="enterpriseId"
            label={t('hazards.field.enterprise')}
            extra={t('hazards.report.enterpriseHint')}
            rules={[{ required: true, message: t('hazards.validation.enterprise') }]}
          >
            <EnterpriseSelect
              onChange={(_, enterprise) => {
                setEnterpriseName(enterprise?.name);
              }}
            />
          </Form.Item>
        )}
        <Form.Item name="title" label={t('hazards.field.title')} rules={[{ required: true, whitespace: true, message: t('hazards.validation.title') }, { max: 200 }]}>
          <Input maxLength={200} placeholder={t('hazards.report.titlePlaceholder')} />
        </Form.Item>
        <Form.Item name="level" label={t('hazards.field.level')} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={hazardLevels.map((l) => ({ value: l, label: t(`label.enum.Level.${l}`) }))}
          />
        </Form.Item>
        <Form.Item name="category" label={t('hazards.field.category')} rules={[{ required: true }]}>
          <Select options={hazardCategories.map((c) => ({ value: c, label: t(`label.enum.Category.${c}`) }))} />
        </Form.Item>
        {canPickSource && (
          <Form.Item name="source" label={t('hazards.field.source')}>
            <Select options={hazardSources.filter((s) => s !== 'SELF_CHECK').map((s) => ({ value: s, label: t(`label.enum.Source.${s}`) }))} />
          </Form.Item>
        )}
        <Form.Item name="description" label={t('hazards.field.description')}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <Form.Item name="locationText" label={t('hazards.field.location')}>
          <Input maxLength={200} placeholder={t('hazards.report.locationPlaceholder')} />
        </Form.Item>
        <Form.Item label={t('hazards.report.gps')}>
          <LocationStatus geo={geo} onRetry={locate} />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={saving}>
          {t('hazards.report.submit')}
        </Button>
      </Form>
    </Flex>
  );
}
