import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '@/lib/api-context';
import { uploadAttachment } from '@/lib/attachments';
import { DocumentPicker } from './DocumentPicker';
import type { ActionSpecs } from '@/lib/workflow/action-spec';
import { WorkflowActionBar } from '@/lib/workflow/WorkflowActionBar';
import { WorkflowActionDialog } from '@/lib/workflow/WorkflowActionDialog';
import { useTransitionAction } from '../api/accountability';
import { accountabilityVerbs, type AccountabilityAction, type AccountabilityTransition, type AccountabilityVerb, type VersionedAction } from '../api/accountability-types';

export interface ActionStepValues {
  dueOn?: string;
  response?: string;
  comment?: string;
  files?: File[];
}

/** Each register step's fields: issuing sets the due day, the answer says what was done, withdrawing and escalating say why. */
export const actionStepSpecs: ActionSpecs<AccountabilityVerb, AccountabilityAction, ActionStepValues> = {
  ISSUE: { fields: ['dueOn', 'files'], tone: 'primary', initial: (a) => ({ dueOn: a.dueOn ?? undefined }) },
  RESPOND: { fields: ['response', 'files'], tone: 'primary' },
  CLOSE: { fields: ['comment', 'files'], tone: 'primary' },
  ESCALATE: { fields: ['comment'], tone: 'danger' },
  WITHDRAW: { fields: ['comment'], tone: 'danger' },
};

const withFiles: ReadonlySet<AccountabilityVerb> = new Set(['ISSUE', 'RESPOND', 'CLOSE']);
const withReason: ReadonlySet<AccountabilityVerb> = new Set(['ESCALATE', 'WITHDRAW']);

export function toActionTransition(verb: AccountabilityVerb, v: ActionStepValues, attachmentIds: readonly string[]): AccountabilityTransition {
  const body: AccountabilityTransition = { action: verb };
  if (verb === 'ISSUE' && v.dueOn) body.dueOn = v.dueOn;
  const response = v.response?.trim();
  if (verb === 'RESPOND' && response) body.response = response;
  const comment = v.comment?.trim();
  if ((verb === 'CLOSE' || withReason.has(verb)) && comment) body.comment = comment;
  if (withFiles.has(verb) && attachmentIds.length > 0) body.attachmentIds = [...attachmentIds];
  return body;
}

function Dialog({ verb, versioned, onClose, onReload }: { verb: AccountabilityVerb; versioned: VersionedAction; onClose: () => void; onReload: () => void }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const transition = useTransitionAction();
  const a = versioned.action;
  const required = [{ required: true, whitespace: true, message: t('accountability.form.required') }];
  const submit = async (values: ActionStepValues) => {
    const stored = await Promise.all((values.files ?? []).map((f) => uploadAttachment(client, f, f.name, crypto.randomUUID())));
    await transition.mutateAsync({ id: a.id, etag: versioned.etag, body: toActionTransition(verb, values, stored.map((s) => s.id)) });
  };
  return (
    <WorkflowActionDialog<AccountabilityAction, ActionStepValues>
      label={t(`label.enum.AccountabilityVerb.${verb}`)}
      subject={a.title}
      record={a}
      spec={actionStepSpecs[verb]}
      labelOf={(x) => ((accountabilityVerbs as readonly string[]).includes(x) ? t(`label.enum.AccountabilityVerb.${x as AccountabilityVerb}`) : undefined)}
      aliases={{ attachmentIds: 'files' }}
      submit={submit}
      onClose={onClose}
      onReload={onReload}
      notices={<p>{t(`accountability.step.notice.${verb}`)}</p>}
    >
      {verb === 'ISSUE' && (
        <Form.Item name="dueOn" label={t('accountability.field.dueOn')} rules={[{ required: true, message: t('accountability.form.required') }]}>
          <Input type="date" />
        </Form.Item>
      )}
      {verb === 'RESPOND' && (
        <Form.Item name="response" label={t('accountability.field.response')} rules={required}>
          <Input.TextArea rows={4} maxLength={4000} />
        </Form.Item>
      )}
      {(verb === 'CLOSE' || withReason.has(verb)) && (
        <Form.Item name="comment" label={t(`accountability.step.comment.${verb}`)} rules={withReason.has(verb) ? required : []}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      )}
      {withFiles.has(verb) && (
        <Form.Item name="files" label={t('accountability.field.documents')}>
          <DocumentPicker label={t('accountability.step.addDocument')} />
        </Form.Item>
      )}
    </WorkflowActionDialog>
  );
}

/** Exactly the register steps the server allows this caller now. */
export function ActionActionBar({ versioned, onReload }: { versioned: VersionedAction; onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <WorkflowActionBar
      specs={actionStepSpecs}
      order={accountabilityVerbs}
      allowed={versioned.action.allowedActions}
      labelOf={(x) => t(`label.enum.AccountabilityVerb.${x}`)}
      dialog={(verb, close) => <Dialog verb={verb} versioned={versioned} onClose={close} onReload={onReload} />}
    />
  );
}
