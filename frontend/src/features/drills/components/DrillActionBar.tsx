import { Alert, DatePicker, Form, Input, InputNumber, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '@/lib/api-context';
import { uploadAttachment } from '@/lib/attachments';
import { PhotoPicker } from '@/lib/PhotoPicker';
import { WorkflowActionBar } from '@/lib/workflow/WorkflowActionBar';
import { WorkflowActionDialog } from '@/lib/workflow/WorkflowActionDialog';
import { useTransitionDrill } from '../api/drill';
import { drillBarActions, isDrillBarAction, terminationReasons, type Drill, type DrillBarAction, type VersionedDrill } from '../api/types';
import { drillActionSpecs, drillFieldAliases, drillReasonRequired, minDrillPhotos, photoCount, toDrillTransition, type DrillActionValues } from './drill-action-specs';

interface DialogProps {
  action: DrillBarAction;
  versioned: VersionedDrill;
  onClose: () => void;
  onReload: () => void;
}

function DrillActionFields({ action, drill }: { action: DrillBarAction; drill: Drill }) {
  const { t } = useTranslation();
  const required = (message: string) => [{ required: true, message }];
  const reasonRules = drillReasonRequired.has(action) ? [{ required: true, whitespace: true, message: t('drills.action.reasonRequired') }] : [];
  const missingPhotos = Math.max(0, minDrillPhotos - photoCount(drill));
  return (
    <>
      {action === 'POSTPONE' && (
        <Form.Item name="plannedOn" label={t('drills.action.newDay')} rules={required(t('drills.form.required'))}>
          <DatePicker
            aria-label={t('drills.action.newDay')}
            disabledDate={(d) => d.isBefore(drill.plannedOn ? dayjs(drill.plannedOn).add(1, 'day') : dayjs(), 'day')}
            allowClear={false}
          />
        </Form.Item>
      )}
      {action === 'END' && (
        <>
          <Form.Item name="actualHeadcount" label={t('drills.field.actualHeadcount')} rules={required(t('drills.form.required'))}>
            <InputNumber aria-label={t('drills.field.actualHeadcount')} min={1} max={1_000_000} precision={0} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item
            name="photos"
            label={t('drills.field.photos')}
            extra={t('drills.action.photosHint', { count: minDrillPhotos, have: photoCount(drill) })}
            rules={[{ validator: (_, value: File[] | undefined) => ((value?.length ?? 0) >= missingPhotos ? Promise.resolve() : Promise.reject(new Error(t('drills.action.photosMissing', { count: missingPhotos })))) }]}
          >
            <PhotoPicker label={t('drills.action.addPhoto')} />
          </Form.Item>
        </>
      )}
      {action === 'TERMINATE' && (
        <Form.Item name="terminationReason" label={t('drills.field.terminationReason')} rules={required(t('drills.form.required'))}>
          <Select
            aria-label={t('drills.field.terminationReason')}
            options={terminationReasons.map((r) => ({ value: r, label: t(`label.enum.TerminationReason.${r}`) }))}
          />
        </Form.Item>
      )}
      <Form.Item name="comment" label={t(drillReasonRequired.has(action) ? 'drills.action.reason' : 'drills.action.comment')} rules={reasonRules}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </>
  );
}

function DrillActionDialog({ action, versioned, onClose, onReload }: DialogProps) {
  const { t } = useTranslation();
  const client = useApiClient();
  const transition = useTransitionDrill();
  const { drill, etag } = versioned;

  const submit = async (values: DrillActionValues) => {
    // Each photo with its own key: a double tap or a retry stores it once.
    const stored = await Promise.all((values.photos ?? []).map((photo) => uploadAttachment(client, photo, photo.name, crypto.randomUUID())));
    await transition.mutateAsync({ id: drill.id, etag, transition: toDrillTransition(action, values, stored.map((a) => a.id)) });
  };

  return (
    <WorkflowActionDialog<Drill, DrillActionValues>
      label={t(`label.enum.DrillAction.${action}`)}
      subject={drill.title}
      record={drill}
      spec={drillActionSpecs[action]}
      labelOf={(a) => (isDrillBarAction(a) ? t(`label.enum.DrillAction.${a}`) : undefined)}
      aliases={drillFieldAliases}
      submit={submit}
      onClose={onClose}
      onReload={onReload}
      notices={
        action === 'START' ? <Alert type="info" showIcon title={t('drills.action.startNotice')} style={{ marginBottom: 16 }} /> : undefined
      }
    >
      <DrillActionFields action={action} drill={drill} />
    </WorkflowActionDialog>
  );
}

/** Exactly the actions the server lists for this caller (allowedActions), each opening its form. */
export function DrillActionBar({ versioned, onReload }: { versioned: VersionedDrill; onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <WorkflowActionBar
      specs={drillActionSpecs}
      order={drillBarActions}
      allowed={versioned.drill.allowedActions}
      labelOf={(action) => t(`label.enum.DrillAction.${action}`)}
      dialog={(action, close) => <DrillActionDialog action={action} versioned={versioned} onClose={close} onReload={onReload} />}
    />
  );
}
