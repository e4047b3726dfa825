import { Form, Input } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isProblem, ProblemError } from '@/lib/problem';
import type { ActionSpecs } from '@/lib/workflow/action-spec';
import { WorkflowActionBar } from '@/lib/workflow/WorkflowActionBar';
import { WorkflowActionDialog } from '@/lib/workflow/WorkflowActionDialog';
import { useTransitionScheme } from '../api/schemes';
import { issueWords } from './issue-words';
import { schemeActions, type Scheme, type SchemeAction, type SchemeTransition, type VersionedScheme } from '../api/types';

export interface SchemeActionValues {
  docNumber?: string;
  comment?: string;
}

/** Each scheme action's fields: PUBLISH and PUBLISH_RESULTS carry a 文号, REVISE its reason. */
export const schemeActionSpecs: ActionSpecs<SchemeAction, Scheme, SchemeActionValues> = {
  PUBLISH: { fields: ['docNumber'], tone: 'primary', initial: (s) => ({ docNumber: s.docNumber ?? '' }) },
  REVISE: { fields: ['comment'] },
  OPEN: { fields: [], tone: 'primary' },
  START_REVIEW: { fields: [], tone: 'primary' },
  PROPOSE_RESULTS: { fields: [], tone: 'primary' },
  APPROVE: { fields: [], tone: 'primary' },
  PUBLISH_RESULTS: { fields: ['docNumber'], tone: 'primary' },
  CLOSE: { fields: [] },
};

export function toSchemeTransition(action: SchemeAction, values: SchemeActionValues): SchemeTransition {
  const body: SchemeTransition = { action };
  const doc = values.docNumber?.trim();
  if (doc && (action === 'PUBLISH' || action === 'PUBLISH_RESULTS')) body.docNumber = doc;
  const comment = values.comment?.trim();
  if (comment && action === 'REVISE') body.comment = comment;
  return body;
}

/** A refused publication's field errors in words (what does not add up, by how much); the 文号 stays beside its field. */
function inWords(failure: unknown, s: Scheme, t: TFunction): unknown {
  if (!isProblem(failure, 422)) return failure;
  return new ProblemError(failure.status, {
    type: failure.type,
    code: failure.code,
    title: failure.title,
    detail: failure.detail,
    errors: failure.errors.map((e) => (e.field === 'docNumber' ? e : { field: '', message: issueWords(e, s.definition, t) })),
  });
}

function SchemeActionDialog({ action, versioned, onClose, onReload }: { action: SchemeAction; versioned: VersionedScheme; onClose: () => void; onReload: () => void }) {
  const { t } = useTranslation();
  const transition = useTransitionScheme();
  const s = versioned.scheme;
  const required = (message: string) => [{ required: true, whitespace: true, message }];
  return (
    <WorkflowActionDialog<Scheme, SchemeActionValues>
      label={t(`label.enum.AssessmentSchemeAction.${action}`)}
      subject={s.title}
      record={s}
      spec={schemeActionSpecs[action]}
      labelOf={(a) => ((schemeActions as readonly string[]).includes(a) ? t(`label.enum.AssessmentSchemeAction.${a as SchemeAction}`) : undefined)}
      submit={async (values) => {
        try {
          await transition.mutateAsync({ id: s.id, etag: versioned.etag, body: toSchemeTransition(action, values) });
        } catch (failure) {
          throw inWords(failure, s, t);
        }
      }}
      onClose={onClose}
      onReload={onReload}
      notices={<p>{t(`assessments.schemeAction.notice.${action}`)}</p>}
    >
      {action === 'PUBLISH' && (
        <Form.Item name="docNumber" label={t('assessments.field.docNumber')} rules={required(t('assessments.form.required'))}>
          <Input maxLength={100} placeholder="南安委〔2026〕3号" />
        </Form.Item>
      )}
      {action === 'PUBLISH_RESULTS' && (
        <Form.Item name="docNumber" label={t('assessments.field.resultsDocNumber')} rules={required(t('assessments.form.required'))}>
          <Input maxLength={100} placeholder="南安委〔2027〕1号" />
        </Form.Item>
      )}
      {action === 'REVISE' && (
        <Form.Item name="comment" label={t('assessments.field.reviseReason')} rules={required(t('assessments.form.required'))}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      )}
    </WorkflowActionDialog>
  );
}

/** Exactly the scheme actions the server allows this caller now. */
export function SchemeActionBar({ versioned, onReload }: { versioned: VersionedScheme; onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <WorkflowActionBar
      specs={schemeActionSpecs}
      order={schemeActions}
      allowed={versioned.scheme.allowedActions}
      labelOf={(a) => t(`label.enum.AssessmentSchemeAction.${a}`)}
      dialog={(action, close) => <SchemeActionDialog action={action} versioned={versioned} onClose={close} onReload={onReload} />}
    />
  );
}
