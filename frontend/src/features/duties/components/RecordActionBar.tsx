import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { WorkflowActionBar } from '@/lib/workflow/WorkflowActionBar';
import { WorkflowActionDialog } from '@/lib/workflow/WorkflowActionDialog';
import type { VersionedRecord } from '../api/get-fulfilment-record';
import type { FulfilmentRecord } from '../api/record-fulfilment';
import { useTransitionRecord } from '../api/transition-fulfilment';
import { isRecordAction, recordActionSpecs, recordBarActions, recordReasonRequired, toRecordTransition, type RecordActionValues, type RecordBarAction } from './record-action-specs';

interface DialogProps {
  action: RecordBarAction;
  versioned: VersionedRecord;
  subject: string;
  onClose: () => void;
  onReload: () => void;
}

function RecordActionDialog({ action, versioned, subject, onClose, onReload }: DialogProps) {
  const { t } = useTranslation();
  const transition = useTransitionRecord();
  const { record, etag } = versioned;
  const needsReason = recordReasonRequired.has(action);
  return (
    <WorkflowActionDialog<FulfilmentRecord, RecordActionValues>
      label={t(`label.enum.FulfilmentAction.${action}`)}
      subject={subject}
      record={record}
      spec={recordActionSpecs[action]}
      labelOf={(a) => (isRecordAction(a) ? t(`label.enum.FulfilmentAction.${a}`) : undefined)}
      submit={(values) => transition.mutateAsync({ id: record.id, etag, transition: toRecordTransition(action, values) })}
      onClose={onClose}
      onReload={onReload}
    >
      <Form.Item
        name="comment"
        label={t(needsReason ? 'lists.field.reason' : 'lists.field.comment')}
        rules={needsReason ? [{ required: true, whitespace: true, message: t('lists.field.reasonRequired') }] : []}
      >
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </WorkflowActionDialog>
  );
}

/** Exactly the record actions the server lists for this caller (allowedActions), each opening its form. */
export function RecordActionBar({ versioned, subject, onReload }: { versioned: VersionedRecord; subject: string; onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <WorkflowActionBar
      specs={recordActionSpecs}
      order={recordBarActions}
      allowed={versioned.record.allowedActions}
      labelOf={(action) => t(`label.enum.FulfilmentAction.${action}`)}
      dialog={(action, close) => <RecordActionDialog action={action} versioned={versioned} subject={subject} onClose={close} onReload={onReload} />}
    />
  );
}
