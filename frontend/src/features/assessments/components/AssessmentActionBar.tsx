import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { assessmentObjectionDecisionValues } from '@/api/enums';
import { useApiClient } from '@/lib/api-context';
import { uploadAttachment } from '@/lib/attachments';
import { PhotoPicker } from '@/lib/PhotoPicker';
import type { ActionSpecs } from '@/lib/workflow/action-spec';
import { WorkflowActionBar } from '@/lib/workflow/WorkflowActionBar';
import { WorkflowActionDialog } from '@/lib/workflow/WorkflowActionDialog';
import { useTransitionAssessment } from '../api/assessments';
import { assessmentActions, type Assessment, type AssessmentAction, type AssessmentTransition, type Indicator, type VersionedAssessment } from '../api/types';

export interface AssessmentActionValues {
  comment?: string;
  signedBy?: string;
  due?: string;
  decision?: AssessmentTransition['decision'];
  indicators?: string[];
  photos?: File[];
}

/** Each assessment action's fields: the principal signs the self-assessment; returns, objections and decisions say why. */
export const assessmentActionSpecs: ActionSpecs<AssessmentAction, Assessment, AssessmentActionValues> = {
  START: { fields: [], tone: 'primary' },
  SUBMIT_SELF: { fields: ['signedBy'], tone: 'primary' },
  REVIEW: { fields: [], tone: 'primary' },
  COMPLETE_REVIEW: { fields: [], tone: 'primary' },
  RETURN_FOR_SUPPLEMENT: { fields: ['comment', 'due'], tone: 'danger' },
  OBJECT: { fields: ['indicators', 'comment', 'photos'] },
  DECIDE: { fields: ['decision', 'comment'], tone: 'primary' },
};

const withReason: ReadonlySet<AssessmentAction> = new Set(['RETURN_FOR_SUPPLEMENT', 'OBJECT', 'DECIDE']);

export function toAssessmentTransition(action: AssessmentAction, v: AssessmentActionValues, attachmentIds: readonly string[]): AssessmentTransition {
  const body: AssessmentTransition = { action };
  const comment = v.comment?.trim();
  if (comment && withReason.has(action)) body.comment = comment;
  if (action === 'SUBMIT_SELF' && v.signedBy?.trim()) body.signedBy = v.signedBy.trim();
  if (action === 'RETURN_FOR_SUPPLEMENT' && v.due) body.due = v.due;
  if (action === 'DECIDE' && v.decision) body.decision = v.decision;
  if (action === 'OBJECT' && v.indicators) body.indicators = v.indicators;
  if (action === 'OBJECT' && attachmentIds.length > 0) body.attachmentIds = [...attachmentIds];
  return body;
}

function Dialog({ action, versioned, leaves, onClose, onReload }: { action: AssessmentAction; versioned: VersionedAssessment; leaves: readonly Indicator[]; onClose: () => void; onReload: () => void }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const transition = useTransitionAssessment();
  const a = versioned.assessment;
  const required = [{ required: true, whitespace: true, message: t('assessments.form.required') }];
  const submit = async (values: AssessmentActionValues) => {
    const stored = await Promise.all((values.photos ?? []).map((p) => uploadAttachment(client, p, p.name, crypto.randomUUID())));
    await transition.mutateAsync({ id: a.id, etag: versioned.etag, body: toAssessmentTransition(action, values, stored.map((s) => s.id)) });
  };
  return (
    <WorkflowActionDialog<Assessment, AssessmentActionValues>
      label={t(`label.enum.AssessmentAction.${action}`)}
      subject={a.targetOrgName}
      record={a}
      spec={assessmentActionSpecs[action]}
      labelOf={(x) => ((assessmentActions as readonly string[]).includes(x) ? t(`label.enum.AssessmentAction.${x as AssessmentAction}`) : undefined)}
      aliases={{ attachmentIds: 'photos' }}
      submit={submit}
      onClose={onClose}
      onReload={onReload}
      notices={<p>{t(`assessments.action.notice.${action}`)}</p>}
    >
      {action === 'SUBMIT_SELF' && (
        <Form.Item name="signedBy" label={t('assessments.field.signedBy')} extra={t('assessments.action.signedByHint')} rules={required}>
          <Input maxLength={100} />
        </Form.Item>
      )}
      {action === 'DECIDE' && (
        <Form.Item name="decision" label={t('assessments.field.decision')} rules={[{ required: true, message: t('assessments.form.required') }]}>
          <Select options={assessmentObjectionDecisionValues.map((d) => ({ value: d, label: t(`label.enum.AssessmentObjectionDecision.${d}`) }))} />
        </Form.Item>
      )}
      {action === 'OBJECT' && (
        <Form.Item name="indicators" label={t('assessments.field.objectedIndicators')}>
          <Select mode="multiple" options={leaves.map((l) => ({ value: l.code, label: `${l.code} ${l.name}` }))} />
        </Form.Item>
      )}
      {withReason.has(action) && (
        <Form.Item name="comment" label={t(`assessments.action.reason.${action}`)} rules={required}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      )}
      {action === 'RETURN_FOR_SUPPLEMENT' && (
        <Form.Item name="due" label={t('assessments.field.supplementDue')}>
          <Input type="date" />
        </Form.Item>
      )}
      {action === 'OBJECT' && (
        <Form.Item name="photos" label={t('assessments.field.attachments')}>
          <PhotoPicker label={t('assessments.self.takePhoto')} />
        </Form.Item>
      )}
    </WorkflowActionDialog>
  );
}

/** Exactly the assessment actions the server allows this caller now. */
export function AssessmentActionBar({ versioned, leaves, onReload }: { versioned: VersionedAssessment; leaves: readonly Indicator[]; onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <WorkflowActionBar
      specs={assessmentActionSpecs}
      order={assessmentActions}
      allowed={versioned.assessment.allowedActions}
      labelOf={(x) => t(`label.enum.AssessmentAction.${x}`)}
      dialog={(action, close) => <Dialog action={action} versioned={versioned} leaves={leaves} onClose={close} onReload={onReload} />}
    />
  );
}
