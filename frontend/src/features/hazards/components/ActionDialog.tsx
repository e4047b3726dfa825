import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '@/lib/api-context';
import { uploadAttachment } from '@/lib/attachments';
import { WorkflowActionDialog } from '@/lib/workflow/WorkflowActionDialog';
import { useTransitionHazard } from '../api/transition-hazard';
import { isHazardAction, type Hazard, type HazardAction } from '../api/types';
import { hazardActionSpecs, hazardFieldAliases } from './action-specs';
import { toTransition, type ActionFormValues } from './action-values';
import { ActionFields } from './ActionFields';

interface Props {
  action: HazardAction;
  hazard: Hazard;
  etag: string | null;
  onClose: () => void;
  onReload: () => void;
}

/** One hazard action's form in the shared workflow dialog: photos are uploaded first, then the transition is sent. */
export function ActionDialog({ action, hazard, etag, onClose, onReload }: Props) {
  const { t } = useTranslation();
  const client = useApiClient();
  const transition = useTransitionHazard();

  const submit = async (values: ActionFormValues) => {
    // Each photo with its own key: a double tap or a retry stores it once.
    const stored = await Promise.all(
      (values.photos ?? []).map((photo) => uploadAttachment(client, photo, photo.name, crypto.randomUUID())),
    );
    await transition.mutateAsync({ id: hazard.id, etag, transition: toTransition(action, values, stored.map((a) => a.id)) });
  };

  return (
    <WorkflowActionDialog<Hazard, ActionFormValues>
      label={t(`label.enum.Action.${action}`)}
      subject={hazard.title}
      record={hazard}
      spec={hazardActionSpecs[action]}
      labelOf={(a) => (isHazardAction(a) ? t(`label.enum.Action.${a}`) : undefined)}
      aliases={hazardFieldAliases}
      submit={submit}
      onClose={onClose}
      onReload={onReload}
      notices={
        <>
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
        </>
      }
    >
      <ActionFields action={action} hazard={hazard} />
    </WorkflowActionDialog>
  );
}
