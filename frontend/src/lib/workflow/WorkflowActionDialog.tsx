import { Alert, Button, Form, Modal, Space, Tag } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMessage } from '@/lib/feedback';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { isProblem, type FieldError } from '@/lib/problem';
import { placeFieldErrors, type ActionSpec } from './action-spec';

interface Props<R, V extends object> {
  /** The action's label (its contract enum label). */
  label: string;
  /** What the action is taken on, for the title (a ticket's title, a list's name …). */
  subject: string;
  record: R;
  spec: ActionSpec<R, V>;
  /** Labels another action of the resource for the "possible now" list of a 409; unknown actions are left out. */
  labelOf: (action: string) => string | undefined;
  /** Body names the form calls otherwise (see placeFieldErrors). */
  aliases?: Readonly<Record<string, string>>;
  /** Takes the action; rejects with the problem (or any failure) to show. */
  submit: (values: V) => Promise<unknown>;
  onClose: () => void;
  /** Reloads the record (after a 409 or a 412). */
  onReload: () => void;
  /** Shown above the fields: what the user should know before acting. */
  notices?: ReactNode;
  /** The action's form fields, named as in spec.fields. */
  children: ReactNode;
}

/**
 * One workflow action's form, for every resource: starts from the spec's initial values, places field problems
 * beside the fields, lists what is possible now on a 409 and offers a reload on a 412 (someone else changed it).
 */
export function WorkflowActionDialog<R, V extends object>(props: Props<R, V>) {
  const { label, subject, record, spec, labelOf, aliases, submit, onClose, onReload, notices, children } = props;
  const { t } = useTranslation();
  const message = useMessage();
  const [form] = Form.useForm<V>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);

  const onFinish = async (values: V) => {
    setBusy(true);
    setError(null);
    setUnmatched([]);
    try {
      await submit(values);
      void message.success(t('workflow.done', { action: label }));
      onClose();
    } catch (failure) {
      setError(failure);
      if (isProblem(failure)) {
        const { placed, unmatched: rest } = placeFieldErrors(spec.fields, failure.errors, aliases);
        type FieldName = Parameters<typeof form.setFields>[0][number]['name'];
        form.setFields([...placed].map(([field, errors]) => ({ name: field.split('.') as FieldName, errors })));
        setUnmatched(rest);
      }
    } finally {
      setBusy(false);
    }
  };

  const reload = () => {
    setError(null);
    onReload();
  };

  const problem = () => {
    if (!error) return null;
    if (isProblem(error, 409)) {
      const allowed = error.allowedActions.flatMap((a) => labelOf(a) ?? []);
      return (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={t('workflow.conflictTitle')}
          description={
            <>
              <div>{error.detail}</div>
              <div style={{ marginTop: 8 }}>
                {allowed.length > 0 ? (
                  <>
                    {t('workflow.allowedNow')}{' '}
                    <Space wrap size={4} data-testid="allowed-now">
                      {allowed.map((a) => (
                        <Tag key={a}>{a}</Tag>
                      ))}
                    </Space>
                  </>
                ) : (
                  t('workflow.nothingAllowed')
                )}
              </div>
            </>
          }
          action={
            <Button size="small" onClick={reload}>
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
          title={t('workflow.staleTitle')}
          description={t('workflow.staleDetail')}
          action={
            <Button size="small" type="primary" onClick={reload}>
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
      title={t('workflow.dialogTitle', { action: label, title: subject })}
      onCancel={onClose}
      okText={t('workflow.submit')}
      cancelText={t('workflow.cancel')}
      okButtonProps={{ loading: busy, htmlType: 'submit', form: 'workflow-action-form' }}
      destroyOnHidden
      mask={{ closable: !busy }}
    >
      <Form<V>
        id="workflow-action-form"
        form={form}
        layout="vertical"
        initialValues={spec.initial?.(record)}
        onFinish={(values) => void onFinish(values)}
        disabled={busy}
      >
        {notices}
        {children}
        {problem()}
      </Form>
    </Modal>
  );
}
