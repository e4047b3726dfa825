import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { WorkflowActionBar } from '@/lib/workflow/WorkflowActionBar';
import { WorkflowActionDialog } from '@/lib/workflow/WorkflowActionDialog';
import type { VersionedList } from '../api/get-list';
import { useTransitionList } from '../api/transition-list';
import { isListAction, listActions, type ListBarAction, type ResponsibilityList } from '../api/list-types';
import { listActionSpecs, reasonRequired, toListTransition, type ListActionValues } from './list-action-specs';

interface DialogProps {
  action: ListBarAction;
  versioned: VersionedList;
  onClose: () => void;
  onReload: () => void;
}

function ListActionDialog({ action, versioned, onClose, onReload }: DialogProps) {
  const { t } = useTranslation();
  const transition = useTransitionList();
  const { list, etag } = versioned;
  return (
    <WorkflowActionDialog<ResponsibilityList, ListActionValues>
      label={t(`label.enum.ListAction.${action}`)}
      subject={list.title}
      record={list}
      spec={listActionSpecs[action]}
      labelOf={(a) => (isListAction(a) ? t(`label.enum.ListAction.${a}`) : undefined)}
      submit={(values) => transition.mutateAsync({ id: list.id, etag, transition: toListTransition(action, values) })}
      onClose={onClose}
      onReload={onReload}
    >
      {action === 'PUBLISH' && (
        <Form.Item name="docNumber" label={t('lists.field.docNumber')} rules={[{ required: true, whitespace: true, message: t('lists.field.docNumberRequired') }]}>
          <Input maxLength={100} placeholder={t('lists.field.docNumberPlaceholder')} />
        </Form.Item>
      )}
      {action === 'SIGN' && <p>{t('lists.signNotice', { post: list.holderPostTitle, org: list.holderOrg.name })}</p>}
      <Form.Item
        name="comment"
        label={t(reasonRequired.has(action) ? 'lists.field.reason' : 'lists.field.comment')}
        rules={reasonRequired.has(action) ? [{ required: true, whitespace: true, message: t('lists.field.reasonRequired') }] : []}
      >
        <Input.TextArea rows={3} maxLength={500} />
      </Form.Item>
    </WorkflowActionDialog>
  );
}

/** Exactly the actions the server lists for this caller (allowedActions), each opening its form. */
export function ListActionBar({ versioned, onReload }: { versioned: VersionedList; onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <WorkflowActionBar
      specs={listActionSpecs}
      order={listActions}
      allowed={versioned.list.allowedActions}
      labelOf={(action) => t(`label.enum.ListAction.${action}`)}
      dialog={(action, close) => <ListActionDialog action={action} versioned={versioned} onClose={close} onReload={onReload} />}
    />
  );
}
