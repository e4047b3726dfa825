import { Alert, Button, Form, Modal, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '@/lib/api-context';
import { uploadAttachment } from '@/lib/attachments';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { isProblem, type FieldError } from '@/lib/problem';
import { useTransitionHazard } from '../api/transition-hazard';
import { isHazardAction, type Hazard, type HazardAction } from '../api/types';
import { placeFieldErrors, toTransition, type ActionFormValues } from './action-values';
import { ActionFields } from './ActionFields';
import { initialValues } from './initial-values';
import { useMessage } from '@/lib/feedback';

interface Props {
  action: HazardAction;
  hazard: Hazard;
  etag: string | null;
  onClose: () => void;
  onReload: () => void;
}

/** One action's form. Field problems go beside the fields; 409 lists what is possible now; 412 offers a reload. */
export function ActionDialog({ action, hazard, etag, onClose, onReload }: Props) {
  const { t } = useTranslation();
  const message = useMessage();
  const client = useApiClient();
  const [form] = Form.useForm<ActionFormValues>();
  const transition = useTransitionHazard();
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const busy = uploading || transition.isPending;
  const error = transition.error;

  const onFinish = async (values: ActionFormValues) => {
    setUnmatched([]);
    setUploadError(null);
    let attachmentIds: string[] = [];
    if (values.photos && values.photos.length > 0) {
      setUploading(true);
      try {
        // Each photo with its own key: a double tap or a retry stores it once.
        const stored = await Promise.all(values.photos.map((photo) => uploadAttachment(client, photo, photo.name, crypto.randomUUID())));
        attachmentIds = stored.map((a) => a.id);
      } catch (failure) {
        setUploadError(failure);
        return;
      } finally {
        setUploading(false);
      }
    }
    transition.mutate(
      { id: hazard.id, etag, transition: toTransition(action, values, attachmentIds) },
      {
        onSuccess: () => {
          void message.success(t('hazards.action.done', { action: t(`label.enum.Action.${action}`) }));
          onClose();
        },
        onError: (failure) => {
          if (!isProblem(failure)) return;
          const { placed, unmatched: rest } = placeFieldErrors(action, failure.errors);
          type FieldName = Parameters<typeof form.setFields>[0][number]['name'];
          form.setFields([...placed].map(([field, errors]) => ({ name: field.split('.') as FieldName, errors })));
          setUnmatched(rest);
        },
      },
    );
  };

  const problem = () => {
    if (uploadError) return <ProblemAlert error={uploadError} />;
    if (!error) return null;
    if (isProblem(error, 409)) {
      const allowed = error.allowedActions.filter(isHazardAction);
      return (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={t('hazards.action.conflictTitle')}
          description={
            <>
              <div>{error.detail}</div>
              <div style={{ marginTop: 8 }}>
                {allowed.length > 0 ? (
                  <>
                    {t('hazards.action.allowedNow')}{' '}
                    <Space wrap size={4} data-testid="allowed-now">
                      {allowed.map((a) => (
                        <Tag key={a}>{t(`label.enum.Action.${a}`)}</Tag>
                      ))}
                    </Space>
                  </>
                ) : (
                  t('hazards.action.nothingAllowed')
                )}
              </div>
            </>
          }
          action={
            <Button size="small" onClick={onReload}>
              {t('common.reload')}
            </Button>
          }
        />
      );
    }
    if (isProblem(error, 412)) {
      return (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={t('hazards.action.staleTitle')}
          description={t('hazards.action.staleDetail')}
          action={
            <Button
              size="small"
              type="primary"
              onClick={() => {
                transition.reset();
                onReload();
              }}
            >
              {t('common.reload')}
            </Button>
          }
        />
      );
    }
    return <ProblemAlert error={error} fieldErrors={isProblem(error) ? unmatched : undefined} />;
  };

  return (
    <Modal
      open
      title={t('hazards.action.dialogTitle', { action: t(`label.enum.Action.${action}`), title: hazard.title })}
      onCancel={onClose}
      okText={t('hazards.action.submit')}
      cancelText={t('hazards.action.cancel')}
      okButtonProps={{ loading: busy, htmlType: 'submit', form: 'hazard-action-form' }}
      destroyOnHidden
      mask={{ closable: !busy }}
    >
      <Form<ActionFormValues>
        id="hazard-action-form"
        form={form}
        layout="vertical"
        initialValues={initialValues(action, hazard)}
        onFinish={(values) => void onFinish(values)}
        disabled={busy}
      >
        {action === 'START_RECTIFICATION' && hazard.level === 'MAJOR' && !hazard.fiveMusts?.complete && (
          <Alert type="warning" showIcon title={t('hazards.fiveMusts.incomplete')} style={{ marginBottom: 16 }} />
        )}
        {hazard.pendingExtension && (action === 'APPROVE_EXTENSION' || action === 'REFUSE_EXTENSION') && (
          <Alert
            type="info"
            showIcon
            title={t('hazards.extension.pendingSummary', { date: hazard.pendingExtension.requestedDeadline, deadline: hazard.deadline ?? '—' })}
            description={hazard.pendingExtension.reason}
            style={{ marginBottom: 16 }}
          />
        )}
        <ActionFields action={action} hazard={hazard} />
        {problem()}
      </Form>
    </Modal>
  );
}
